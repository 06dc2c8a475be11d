import type { Category, Limit } from "./policy";
import type { RateLimitStore } from "./store";

export interface Decision {
  allowed: boolean;
  /** `login` for the failed-login limits (lib/auth/login-limit.ts). */
  category: Category | "login";
  limit: number;
  remaining: number;
  windowSeconds: number;
  resetSeconds: number;
}

/** Keys are per category, per route pattern (of the canonical path) and per identity (user or IP). */
export class RateLimiter {
  constructor(
    private readonly store: RateLimitStore,
    private readonly limits: Record<Category, Limit>,
  ) {}

  async check(category: Category, route: string, identities: string[]): Promise<Decision> {
    const { limit, windowSeconds } = this.limits[category];
    const keys = identities.map((id) => `rl:${category}:${route}:${id}`);
    const hits = await this.store.hit(keys, windowSeconds * 1000);
    // The most exhausted bucket decides.
    const worst = hits.reduce((a, b) => (b.count > a.count ? b : a));
    return {
      allowed: worst.count <= limit,
      category,
      limit,
      remaining: Math.max(0, limit - worst.count),
      windowSeconds,
      resetSeconds: Math.max(1, Math.ceil(worst.resetMs / 1000)),
    };
  }
}
