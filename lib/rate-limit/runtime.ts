import "server-only";
import { env } from "@/lib/env";
import { createRedis } from "@/lib/redis/client";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { RateLimiter } from "./limiter";
import { limitsFromEnv } from "./policy";
import { FallbackStore, MemoryStore, RedisStore, type RateLimitStore } from "./store";

const FALLBACK_LOG_INTERVAL_MS = 10_000;

/**
 * The module graph's limiter and store, built from env on first use. Middleware and route
 * handlers are separate module graphs, each with its own instance (and Redis connection).
 */
let limiter: RateLimiter | null | undefined;
let store: RateLimitStore | null | undefined;

export function rateLimiter(): RateLimiter | null {
  if (limiter === undefined) {
    const shared = rateLimitStore();
    limiter = shared ? new RateLimiter(shared, limitsFromEnv(env())) : null;
  }
  return limiter;
}

/** The counters behind the limiter (also the failed-login counts); null when limiting is off. */
export function rateLimitStore(): RateLimitStore | null {
  if (store === undefined) store = env().RATE_LIMIT_ENABLED === "false" ? null : buildStore();
  return store;
}

function buildStore(): RateLimitStore {
  const url = env().REDIS_URL;
  if (!url) {
    logger.warn("REDIS_URL tidak diset: rate limit memakai penyimpanan di memori proses (tidak dibagi antar proses).");
    return new MemoryStore();
  }
  // Its own connection: middleware does not share module state with route handlers.
  return new FallbackStore(new RedisStore(createRedis(url)), new MemoryStore(), logFallback());
}

function logFallback() {
  let lastLog = 0;
  let suppressed = 0;
  return (error: unknown) => {
    metrics().rateLimitFallbacks.inc();
    const now = Date.now();
    if (now - lastLog < FALLBACK_LOG_INTERVAL_MS) {
      suppressed += 1;
      return;
    }
    logger.error(
      { err: error instanceof Error ? error.message : String(error), suppressed },
      "Redis tidak tersedia: rate limit memakai penyimpanan di memori proses",
    );
    lastLog = now;
    suppressed = 0;
  };
}
