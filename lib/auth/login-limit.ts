import { env } from "@/lib/env";
import type { Decision } from "@/lib/rate-limit/limiter";
import { loginLimitsFromEnv, type LoginScope } from "@/lib/rate-limit/policy";
import { rateLimitStore } from "@/lib/rate-limit/runtime";
import type { RateLimitStore } from "@/lib/rate-limit/store";

export interface LoginAttempt {
  /** Set when a limit is already spent: answer 429 without checking the password. */
  refused: (Decision & { identity: string }) | null;
  /** Call once the outcome is known; only a failed check keeps its count. */
  settle(failed: boolean): Promise<void>;
}

const NOTHING_TO_SETTLE = async () => undefined;

/**
 * Failed logins are counted per account (the normalized email the check will use) and per
 * client address. Each attempt is counted up front, so parallel guesses cannot all slip under
 * the limit before the first one fails, and handed back once it did not fail: a successful
 * login never uses up a bucket, so a whole office can sign in from one address.
 */
export async function beginLoginAttempt(ip: string, email: string | null, store = rateLimitStore()): Promise<LoginAttempt> {
  if (!store) return { refused: null, settle: NOTHING_TO_SETTLE };
  const limits = loginLimitsFromEnv(env());
  const buckets: { scope: LoginScope; identity: string }[] = [
    { scope: "ip", identity: `ip:${ip}` },
    ...(email ? [{ scope: "account" as const, identity: `account:${email}` }] : []),
  ];
  const keys = buckets.map((b) => `rl:login:${b.identity}`);
  const hits = await Promise.all(buckets.map((b, i) => store.hit([keys[i]!], limits[b.scope].windowSeconds * 1000)));
  const refund = () => refundQuietly(store, keys);
  const spent = buckets.findIndex((b, i) => hits[i]![0]!.count > limits[b.scope].limit);
  if (spent === -1) return { refused: null, settle: (failed) => (failed ? Promise.resolve() : refund()) };

  await refund();
  const { scope, identity } = buckets[spent]!;
  const { limit, windowSeconds } = limits[scope];
  const resetMs = hits[spent]![0]!.resetMs;
  return {
    refused: {
      allowed: false,
      category: "login",
      identity,
      limit,
      remaining: 0,
      windowSeconds,
      resetSeconds: Math.max(1, Math.ceil(resetMs / 1000)),
    },
    settle: NOTHING_TO_SETTLE,
  };
}

async function refundQuietly(store: RateLimitStore, keys: string[]): Promise<void> {
  // A refund that fails leaves one extra count in a window that expires anyway.
  await store.refund(keys).catch(() => undefined);
}
