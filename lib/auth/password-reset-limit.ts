import "server-only";
import { env } from "@/lib/env";
import type { Decision } from "@/lib/rate-limit/limiter";
import { resetEmailLimitFromEnv } from "@/lib/rate-limit/policy";
import { rateLimitStore } from "@/lib/rate-limit/runtime";

/**
 * Counts one reset request for this email (RATE_LIMIT_PASSWORD_RESET_EMAIL), whether or not an
 * account has it; returns the refusal once the email's window is spent, else null. Middleware
 * has already limited the client address; this bucket stops many addresses filling one inbox.
 */
export async function resetEmailRefusal(email: string, store = rateLimitStore()): Promise<(Decision & { identity: string }) | null> {
  if (!store) return null;
  const { limit, windowSeconds } = resetEmailLimitFromEnv(env());
  const identity = `account:${email}`;
  const [hit] = await store.hit([`rl:password_reset:${identity}`], windowSeconds * 1000);
  if (hit!.count <= limit) return null;
  return {
    allowed: false,
    category: "password_reset",
    identity,
    limit,
    remaining: 0,
    windowSeconds,
    resetSeconds: Math.max(1, Math.ceil(hit!.resetMs / 1000)),
  };
}
