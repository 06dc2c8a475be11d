import type { NextRequest } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { routePattern } from "@/lib/api/request";
import { metrics } from "@/lib/observability/metrics";
import type { Decision } from "./limiter";
import { categorize, type Category } from "./policy";
import { clientIp, requestIdentity } from "./identity";
import { rateLimiter } from "./runtime";

const MAX_AUTH_BODY_BYTES = 16_384;

/** The decision for this request, or null when the route or the limiter is off. */
export async function checkRateLimit(req: NextRequest): Promise<Decision | null> {
  const category = categorize(req.method, req.nextUrl.pathname);
  const limiter = rateLimiter();
  if (!category || !limiter) return null;
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  const identities = await identitiesFor(req, category, hops);
  const decision = await limiter.check(category, routePattern(req.nextUrl.pathname), identities);
  metrics().rateLimitDecisions.inc({ category, decision: decision.allowed ? "allowed" : "rejected" });
  return decision;
}

/** Auth attempts count per IP and per target email, so neither rotating IPs nor emails helps. */
async function identitiesFor(req: NextRequest, category: Category, hops: number): Promise<string[]> {
  if (category !== "auth") return [await requestIdentity(req, authSecret(), hops)];
  const ip = `ip:${clientIp(req.headers, hops)}`;
  const email = await emailOf(req);
  return email ? [ip, `email:${email}`] : [ip];
}

async function emailOf(req: NextRequest): Promise<string | null> {
  const length = Number(req.headers.get("content-length") ?? 0);
  if (!length || length > MAX_AUTH_BODY_BYTES) return null;
  try {
    const type = req.headers.get("content-type") ?? "";
    const raw = type.includes("application/json")
      ? ((await req.clone().json()) as { email?: unknown }).email
      : new URLSearchParams(await req.clone().text()).get("email");
    return typeof raw === "string" && raw.trim() ? raw.trim().toLowerCase().slice(0, 254) : null;
  } catch {
    return null;
  }
}
