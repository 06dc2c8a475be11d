import { NextResponse, type NextRequest } from "next/server";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { requestIdOf } from "@/lib/api/request";
import { checkRateLimit } from "@/lib/rate-limit/middleware";
import { rateLimitHeaders, tooManyRequests } from "@/lib/rate-limit/respond";
import { pageCsp } from "@/lib/security/csp";
import { routePattern } from "@/lib/api/request";
import { recordRequest } from "@/lib/observability/request-log";

export const config = {
  runtime: "nodejs",
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};

/**
 * Every request: a request id, and for the API the category rate limit; for pages a
 * per-request CSP nonce. Authorization is never decided here: route handlers re-check.
 */
export async function middleware(req: NextRequest) {
  const started = performance.now();
  const requestId = requestIdOf(req);
  const forwarded = new Headers(req.headers);
  forwarded.set("x-request-id", requestId);

  const notAllowed = methodNotAllowed(req.method, req.nextUrl.pathname, requestId);
  if (notAllowed) return notAllowed;

  const decision = await checkRateLimit(req);
  if (decision && !decision.allowed) {
    // Rejected here, so the route wrapper never logs it: log and count it ourselves.
    const route = routePattern(req.nextUrl.pathname);
    recordRequest({ req, route, status: 429, durationMs: performance.now() - started, requestId });
    return tooManyRequests(decision, requestId);
  }
  if (decision) forwarded.set("x-ratelimit-decision", `${decision.category}:${decision.remaining}/${decision.limit}`);

  // JSON and text endpoints keep the deny-all CSP that next.config.ts gives them.
  const isPage = !/^\/(api|health|metrics)(\/|$)/.test(req.nextUrl.pathname);
  const csp = isPage ? pageCsp(btoa(crypto.randomUUID()), process.env.NODE_ENV !== "production") : null;
  if (csp) forwarded.set("content-security-policy", csp);

  const res = NextResponse.next({ request: { headers: forwarded } });
  res.headers.set("X-Request-Id", requestId);
  if (csp) res.headers.set("Content-Security-Policy", csp);
  if (decision) for (const [k, v] of Object.entries(rateLimitHeaders(decision))) res.headers.set(k, v);
  return res;
}
