import type { RateLimitStore } from "@/lib/rate-limit/store";
import { recordSecurityEvent, type RequestMeta } from "./record";

const MINUTE_MS = 60_000;

export interface Rejection {
  /** `u:<userId>`, `ip:<address>` or `account:<email>`. */
  identity: string;
  /** The limit category, or `login` for failed-login limits. */
  category: string;
  route: string;
  meta: RequestMeta;
}

/**
 * Rate-limit rejections are recorded once per identity, category and minute: the first one
 * claims the minute in the limiter's store (Redis SET NX, shared by all processes), the rest
 * are only counted in the metrics. A flood of rejected requests therefore writes at most one
 * row per identity and minute, and the check costs one round trip.
 */
export async function recordRejection(store: RateLimitStore, rejection: Rejection): Promise<void> {
  const minute = Math.floor(Date.now() / MINUTE_MS);
  const claimed = await store.claim(`se:rl:${rejection.category}:${rejection.identity}:${minute}`, MINUTE_MS).catch(() => false);
  if (!claimed) return;
  const userId = rejection.identity.startsWith("u:") ? rejection.identity.slice(2) : null;
  await recordSecurityEvent({
    kind: "rate_limit",
    result: "denied",
    userId,
    ...rejection.meta,
    detail: {
      identity: rejection.identity,
      category: rejection.category,
      route: rejection.route,
      minute: new Date(minute * MINUTE_MS).toISOString(),
    },
  });
}
