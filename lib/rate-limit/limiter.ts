import type { Category, Limit } from "./policy";
import type { RateLimitStore } from "./store";

export interface Decision {
  allowed: boolean;
  category: Category;
  limit: number;
  remaining: number;
  windowSeconds: number;
  resetSeconds: number;
}

/**
 * Keys are per category, per route pattern and per identity (user, IP or email).
 * Auth limits are shared across the auth routes: login and token exchange guess the same
 * passwords, so they must drain the same bucket.
 */
export class RateLimiter {
  constructor(
    private readonly store: RateLimitStore,
    private readonly limits: Record<Category, Limit>,
  ) {}

  async check(category: Category, route: string, identities: string[]): Promise<Decision> {
    const { limit, windowSeconds } = this.limits[category];
    const scope = category === "auth" ? "auth" : route;
    const keys = identities.map((id) => `rl:${category}:${scope}:${id}`);
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
