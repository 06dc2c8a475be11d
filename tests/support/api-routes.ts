/**
 * The API's routes as the app declares them: every exported handler of every route file
 * under app/api/v1. Security tests are driven from this list, so a new route file takes
 * part in them (or fails them until it has its row) without anyone remembering to add it.
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import { routeFileNames, scanRouteMethods } from "@/lib/api/route-files";
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

/** The suite's build includes the test fixtures' routes (RAB_TEST_ROUTES=1), so their rows are checked too. */
export function declaredApiRoutes(dir = API_DIR): DeclaredRoute[] {
  return scanRouteMethods(dir, routeFileNames(true))
    .flatMap(([pattern, methods]) => methods.map((m) => ({ method: m as Method, pattern, key: `${m} ${pattern}` })))
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
