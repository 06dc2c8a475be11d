import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const HANDLER = /export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g;

/**
 * Every route.ts below `dir` with the handlers it exports, read from the source. next.config.ts
 * compiles the result into the server (405 answers); the security tests derive their route
 * list from it.
 */
export function scanRouteMethods(dir: string, prefix = ""): [string, string[]][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, string[]][] => {
    if (entry.isDirectory()) return scanRouteMethods(path.join(dir, entry.name), `${prefix}/${entry.name}`);
    if (entry.name !== "route.ts") return [];
    const source = readFileSync(path.join(dir, entry.name), "utf8");
    return [[prefix, [...source.matchAll(HANDLER)].map((m) => m[1]!)]];
  });
}
