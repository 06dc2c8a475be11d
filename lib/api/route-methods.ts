/**
 * Which HTTP methods each API route serves, for 405 answers. The table comes from the route
 * files themselves (lib/api/route-files.ts, read by next.config.ts at build time), so a new
 * route or method needs no entry anywhere.
 */

/** A route file's folder below /api/v1 (e.g. "/projects/[projectId]/tree") and the handlers it exports. */
export type RouteMethods = readonly (readonly [pattern: string, methods: readonly string[]])[];

/**
 * The Allow list of the route file Next would serve `pathname` (below /api/v1) with, spelled
 * as Next's own OPTIONS answer does; null when only the catch-all matches (it serves every
 * method with a 404).
 */
export function allowedMethods(table: RouteMethods, pathname: string): string[] | null {
  const path = pathname.split("/").filter(Boolean);
  let best: { rank: number[]; methods: readonly string[] } | null = null;
  for (const [pattern, methods] of table) {
    const segments = pattern.split("/").filter(Boolean);
    if (segments.some((s) => s.startsWith("[..."))) continue;
    if (segments.length !== path.length || !segments.every((s, i) => isParam(s) || s === path[i])) continue;
    const rank = segments.map((s) => (isParam(s) ? 0 : 1));
    if (!best || outranks(rank, best.rank)) best = { rank, methods };
  }
  if (!best) return null;
  const allow = new Set([...best.methods, "OPTIONS"]);
  if (allow.has("GET")) allow.add("HEAD");
  return [...allow].sort();
}

function isParam(segment: string): boolean {
  return segment.startsWith("[");
}

// Next prefers a static segment over a dynamic one at the first place they differ.
function outranks(a: number[], b: number[]): boolean {
  const i = a.findIndex((v, n) => v !== b[n]);
  return i >= 0 && a[i]! > b[i]!;
}
