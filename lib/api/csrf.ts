import { ApiError } from "@/lib/kernel/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cookie-authenticated mutations must come from our own pages. Browsers send
 * Sec-Fetch-Site and Origin on every cross-site POST, including `text/plain` form posts
 * that skip the CORS preflight, so either header proves where the request came from.
 * Bearer requests carry no ambient credential and are exempt.
 */
export function assertSameOrigin(req: Request, appOrigin: string): void {
  if (SAFE_METHODS.has(req.method)) return;
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw forbidden();
  const origin = req.headers.get("origin");
  if (origin && origin !== appOrigin && origin !== new URL(req.url).origin) throw forbidden();
}

function forbidden(): ApiError {
  return new ApiError("FORBIDDEN", "Permintaan lintas situs ditolak.");
}
