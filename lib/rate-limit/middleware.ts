import type { NextRequest } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { env } from "@/lib/env";
import { routePattern } from "@/lib/kernel/route-pattern";
import { metrics } from "@/lib/observability/metrics";
import { requestMeta } from "@/lib/security-events/record";
import { recordRejection } from "@/lib/security-events/rate-limit";
import type { Decision } from "./limiter";
import { categorize } from "./policy";
import { requestIdentity } from "./identity";
import { rateLimiter, rateLimitStore } from "./runtime";

/**
 * The decision for this request, or null when the route or the limiter is off. `path` is the
 * canonical path (canonical.ts): every spelling of a route the router serves shares its bucket.
 */
export async function checkRateLimit(req: NextRequest, path: string): Promise<Decision | null> {
  const category = categorize(req.method, path);
  const limiter = rateLimiter();
  if (!category || !limiter) return null;
  const identity = await requestIdentity(req, authSecret(), env().TRUSTED_PROXY_HOPS);
  const route = routePattern(path);
  const decision = await limiter.check(category, route, [identity]);
  metrics().rateLimitDecisions.inc({ category, decision: decision.allowed ? "allowed" : "rejected" });
  if (!decision.allowed) void recordRejection(rateLimitStore()!, { identity, category, route, meta: requestMeta(req.headers) });
  return decision;
}
