import { NextResponse, type NextRequest } from "next/server";
import { apiErrorResponse } from "@/lib/api/envelope";
import { ApiError } from "@/lib/kernel/errors";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { requestIdOf } from "@/lib/api/request";
import { routePattern } from "@/lib/kernel/route-pattern";
import { authBodyRefusal } from "@/lib/auth/body-policy";
import { RETURN_PATH_HEADER } from "@/lib/auth/return-path";
import { isProductionBuild } from "@/lib/env";
import { canonicalPath } from "@/lib/rate-limit/canonical";
import { checkRateLimit } from "@/lib/rate-limit/middleware";
import { rateLimitHeaders, tooManyRequests } from "@/lib/rate-limit/respond";
import { pageCsp } from "@/lib/security/csp";
import { recordRequest } from "@/lib/observability/request-log";

export const config = {
  runtime: "nodejs",
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};

/**
 * Every request: a request id; auth bodies held to their small declared length; for the API
 * the category rate limit, keyed by the canonical path; for pages a per-request CSP nonce.
 * Authorization is never decided here: route handlers re-check.
 */
export async function middleware(req: NextRequest) {
  const started = performance.now();
  const requestId = requestIdOf(req);
  const forwarded = new Headers(req.headers);
  forwarded.set("x-request-id", requestId);

  // Every check below sees the path the router will serve, however the client spelled it.
  const path = canonicalPath(req.nextUrl.pathname);
  const answer = (res: Response) => answeredHere(req, path ?? "/(invalid)", res, started, requestId);
  if (path === null) return answer(apiErrorResponse(malformedPath(), requestId));
  const notAllowed = methodNotAllowed(req.method, path, requestId);
  if (notAllowed) return answer(notAllowed);
  const refusal = authBodyRefusal(req.method, path, req.headers);
  if (refusal) return answer(apiErrorResponse(refusal, requestId));

  const decision = await checkRateLimit(req, path);
  if (decision && !decision.allowed) return answer(tooManyRequests(decision, requestId));
  if (decision) forwarded.set("x-ratelimit-decision", `${decision.category}:${decision.remaining}/${decision.limit}`);

  // JSON and text endpoints keep the deny-all CSP that next.config.ts gives them.
  const isPage = !/^\/(api|health|metrics)(\/|$)/.test(req.nextUrl.pathname);
  const csp = isPage ? pageCsp(btoa(crypto.randomUUID()), !isProductionBuild()) : null;
  if (csp) forwarded.set("content-security-policy", csp);
  // The page asked for, so a sign-in redirect can come back to it (lib/auth/session.ts); never the client's own value.
  forwarded.delete(RETURN_PATH_HEADER);
  if (isPage) forwarded.set(RETURN_PATH_HEADER, req.nextUrl.pathname + req.nextUrl.search);

  const res = NextResponse.next({ request: { headers: forwarded } });
  res.headers.set("X-Request-Id", requestId);
  if (csp) res.headers.set("Content-Security-Policy", csp);
  if (decision) for (const [k, v] of Object.entries(rateLimitHeaders(decision))) res.headers.set(k, v);
  return res;
}

/** Answered here, so the route wrapper never logs it: log and count it ourselves. */
function answeredHere(req: NextRequest, path: string, res: Response, started: number, requestId: string): Response {
  recordRequest({ req, route: routePattern(path), status: res.status, durationMs: performance.now() - started, requestId });
  return res;
}

/** Next itself cannot route a path with a broken %-escape (it answered a bare 500): a 400 envelope instead. */
function malformedPath(): ApiError {
  return ApiError.validation([{ path: "url", message: "Alamat mengandung kode persen (%) yang tidak valid." }]);
}
