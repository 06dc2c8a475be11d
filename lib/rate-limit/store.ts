import "server-only";
import type { Redis } from "ioredis";
import { whenReady } from "@/lib/redis/client";

/** One counted hit per key; `count` includes this hit, `resetMs` is the window's remaining time. */
export interface HitResult {
  count: number;
  resetMs: number;
}

export interface RateLimitStore {
  /** Counts one hit on every key atomically, in one round trip. */
  hit(keys: string[], windowMs: number): Promise<HitResult[]>;
  /** Takes one hit back from each key whose window is still open (a login that did not fail). */
  refund(keys: string[]): Promise<void>;
  /** True for the first claim of `key` within `ttlMs`: one record per identity and minute. */
  claim(key: string, ttlMs: number): Promise<boolean>;
}

/**
 * Fixed-window counting in one EVALSHA: INCR, set the expiry on the window's first hit,
 * and repair a key that somehow lost its TTL, so no key ever lives without an expiry.
 */
const HIT_SCRIPT = `
local out = {}
for i, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then
    redis.call('PEXPIRE', key, ARGV[1])
    ttl = tonumber(ARGV[1])
  end
  out[#out + 1] = count
  out[#out + 1] = ttl
end
return out
`;

// Only while the key exists: a DECR on an expired window would leave a key without a TTL.
const REFUND_SCRIPT = `
for i, key in ipairs(KEYS) do
  if redis.call('EXISTS', key) == 1 then redis.call('DECR', key) end
end
return 0
`;

type RedisWithHit = Redis & {
  rateLimitHit(numKeys: number, ...args: (string | number)[]): Promise<number[]>;
  rateLimitRefund(numKeys: number, ...keys: string[]): Promise<number>;
};

export class RedisStore implements RateLimitStore {
  private readonly client: RedisWithHit;

  constructor(client: Redis) {
    // defineCommand sends EVALSHA and falls back to EVAL once if the script is not cached.
    client.defineCommand("rateLimitHit", { lua: HIT_SCRIPT });
    client.defineCommand("rateLimitRefund", { lua: REFUND_SCRIPT });
    this.client = client as RedisWithHit;
  }

  async hit(keys: string[], windowMs: number): Promise<HitResult[]> {
    await whenReady(this.client);
    const flat = await this.client.rateLimitHit(keys.length, ...keys, windowMs);
    return keys.map((_, i) => ({ count: Number(flat[2 * i]), resetMs: Number(flat[2 * i + 1]) }));
  }

  async refund(keys: string[]): Promise<void> {
    await whenReady(this.client);
    await this.client.rateLimitRefund(keys.length, ...keys);
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    await whenReady(this.client);
    return (await this.client.set(key, "1", "PX", ttlMs, "NX")) === "OK";
  }
}

/** Per-process fixed windows: the explicit dev store and the fallback while Redis is down. */
export class MemoryStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private lastSweep = Date.now();

  async hit(keys: string[], windowMs: number): Promise<HitResult[]> {
    const now = Date.now();
    this.sweep(now);
    return keys.map((key) => {
      let window = this.windows.get(key);
      if (!window || window.resetAt <= now) {
        window = { count: 0, resetAt: now + windowMs };
        this.windows.set(key, window);
      }
      window.count += 1;
      return { count: window.count, resetMs: window.resetAt - now };
    });
  }

  async refund(keys: string[]): Promise<void> {
    const now = Date.now();
    for (const key of keys) {
      const window = this.windows.get(key);
      if (window && window.resetAt > now && window.count > 0) window.count -= 1;
    }
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    this.sweep(now);
    const window = this.windows.get(key);
    if (window && window.resetAt > now) return false;
    this.windows.set(key, { count: 1, resetAt: now + ttlMs });
    return true;
  }

  // Expired windows are dropped at most once a minute so memory tracks active clients only.
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

/**
 * Redis first; while it fails, the per-process store keeps every request limited.
 * Each request tries Redis again, so shared limiting resumes as soon as it is back.
 */
export class FallbackStore implements RateLimitStore {
  constructor(
    private readonly primary: RateLimitStore,
    private readonly fallback: RateLimitStore,
    private readonly onFallback: (error: unknown) => void,
  ) {}

  async hit(keys: string[], windowMs: number): Promise<HitResult[]> {
    try {
      return await this.primary.hit(keys, windowMs);
    } catch (error) {
      this.onFallback(error);
      return this.fallback.hit(keys, windowMs);
    }
  }

  async refund(keys: string[]): Promise<void> {
    try {
      await this.primary.refund(keys);
    } catch (error) {
      this.onFallback(error);
      await this.fallback.refund(keys);
    }
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    try {
      return await this.primary.claim(key, ttlMs);
    } catch (error) {
      this.onFallback(error);
      return this.fallback.claim(key, ttlMs);
    }
  }
}
