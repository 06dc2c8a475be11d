import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const HANDLER = /export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g;
/** `export { GET } from "…"`: a deprecated alias serving another route's handlers. */
const RE_EXPORT = /export \{([^}]*)\} from /g;

/**
 * Test fixtures' route files are named `route.test-route.ts` (app/api/v1/diagnostics). Next builds
 * them only when this extension is among its pageExtensions, which next.config.ts adds only for
 * a build with RAB_TEST_ROUTES=1: a production build does not contain them at all.
 */
export const TEST_ROUTE_EXTENSION = "test-route.ts";
const NEXT_PAGE_EXTENSIONS = ["tsx", "ts", "jsx", "js"];

/** Next's pageExtensions for a build with or without the test fixtures' routes. */
export function pageExtensions(withTestRoutes: boolean): string[] {
  return withTestRoutes ? [...NEXT_PAGE_EXTENSIONS, TEST_ROUTE_EXTENSION] : NEXT_PAGE_EXTENSIONS;
}

/** The route file names such a build serves (this app writes its routes in TypeScript). */
export function routeFileNames(withTestRoutes: boolean): string[] {
  return withTestRoutes ? ["route.ts", `route.${TEST_ROUTE_EXTENSION}`] : ["route.ts"];
}

/**
 * Every route file (`fileNames`) below `dir` with the handlers it exports, read from the source.
 * next.config.ts compiles the result into the server (405 answers); the security tests derive
 * their route list from it.
 */
export function scanRouteMethods(dir: string, fileNames: readonly string[], prefix = ""): [string, string[]][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, string[]][] => {
    if (entry.isDirectory()) return scanRouteMethods(path.join(dir, entry.name), fileNames, `${prefix}/${entry.name}`);
    if (!fileNames.includes(entry.name)) return [];
    return [[prefix, exportedHandlers(readFileSync(path.join(dir, entry.name), "utf8"))]];
  });
}

function exportedHandlers(source: string): string[] {
  const declared = [...source.matchAll(HANDLER)].map((m) => m[1]!);
  // `GET` or `handler as GET`: the exported name is the last word.
  const reExported = [...source.matchAll(RE_EXPORT)].flatMap((m) => m[1]!.split(",").map((name) => name.trim().split(/\s+/).at(-1)!));
  return [...declared, ...reExported.filter((name) => METHODS.includes(name))];
}
