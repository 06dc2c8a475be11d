import { errorResponse } from "@/lib/api/envelope";
import type { Decision } from "./limiter";

export function rateLimitHeaders(decision: Decision): Record<string, string> {
  return {
    "RateLimit-Limit": String(decision.limit),
    "RateLimit-Remaining": String(decision.remaining),
    "RateLimit-Reset": String(decision.resetSeconds),
  };
}

export function tooManyRequests(decision: Decision, requestId: string): Response {
  const retryAfterSeconds = decision.resetSeconds;
  return errorResponse("RATE_LIMIT_EXCEEDED", requestId, {
    message: `Terlalu banyak permintaan. Coba lagi dalam ${retryAfterSeconds} detik.`,
    details: {
      category: decision.category,
      limit: decision.limit,
      windowSeconds: decision.windowSeconds,
      retryAfterSeconds,
    },
    headers: { ...rateLimitHeaders(decision), "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" },
  });
}
