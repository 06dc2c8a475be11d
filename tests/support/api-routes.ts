/**
 * The API's routes as the app declares them: every exported handler of every route file
 * under app/api/v1. Security tests are driven from this list, so a new route file takes
 * part in them (or fails them until it has its row) without anyone remembering to add it.
 */
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./server";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export const WRITE_METHODS: readonly Method[] = ["POST", "PUT", "PATCH", "DELETE"];

export interface DeclaredRoute {
  method: Method;
  /** The route file's folder below /api/v1, e.g. "/projects/[projectId]/tree". */
  pattern: string;
  /** `${method} ${pattern}`: the key of the tables that must cover every route. */
  key: string;
}

const API_DIR = path.join(ROOT, "app/api/v1");

export function declaredApiRoutes(dir = API_DIR, prefix = ""): DeclaredRoute[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      if (entry.isDirectory()) return declaredApiRoutes(path.join(dir, entry.name), `${prefix}/${entry.name}`);
      if (entry.name !== "route.ts") return [];
      const source = readFileSync(path.join(dir, entry.name), "utf8");
      return [...source.matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => {
        const method = m[1] as Method;
        return { method, pattern: prefix, key: `${method} ${prefix}` };
      });
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The url of a route with every `[param]` filled by `fill(name)` (a fresh UUID by default). */
export function concretePath(pattern: string, fill: (param: string) => string = () => randomUUID()): string {
  return `/api/v1${pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => fill(name))}`;
}

/** Keys of `declared` that `table` lacks, for a failure message that says what to add. */
export function missingRows(declared: readonly DeclaredRoute[], table: Readonly<Record<string, unknown>>): string[] {
  return declared.filter((r) => !(r.key in table)).map((r) => r.key);
}
