/**
 * The path a rate-limit key is computed from: the route the router will serve, not the bytes
 * the client chose. Measured against the production server (README, "Rate limits"):
 * - Next decodes percent-encoding in dynamic segments (`/projects/%31a99…/pricing` is served as
 *   project `1a99…`, `exports/rekap-rab%2Ecsv` as `rekap-rab.csv`); encoded static segments
 *   404. Every segment is decoded here, so a served variant never gets a fresh bucket (a
 *   404 variant may share the route's bucket, which only makes it stricter).
 * - Trailing and duplicate slashes answer 308 to the collapsed path: collapsed here too.
 * - Static segments are case-sensitive (`/Projects` 404s) and UUIDs match in any case, which
 *   routePattern folds: the case is kept.
 * - A deprecated alias (README, "Deprecated names") serves its new route's handlers: it is
 *   keyed as the new route, so it adds no second bucket.
 * A `/` that was encoded inside a segment stays `%2F`, so decoding never invents segments.
 * Returns null for malformed percent-encoding (Next itself cannot route it).
 */
export function canonicalPath(pathname: string): string | null {
  const segments: string[] = [];
  for (const segment of pathname.split("/")) {
    if (segment === "") continue;
    const decoded = safeDecode(segment);
    if (decoded === null) return null;
    segments.push(decoded.replaceAll("/", "%2F"));
  }
  return unaliased(`/${segments.join("/")}`);
}

/** Old path → new path of routes renamed by issue 15, kept for one release. */
const ALIASES: readonly [RegExp, string][] = [[/^(\/api\/v1\/projects\/[^/]+)\/schedule(?=\/|$)/, "$1/jadwal"]];

function unaliased(path: string): string {
  return ALIASES.reduce((p, [alias, target]) => p.replace(alias, target), path);
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
