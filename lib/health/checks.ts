import "server-only";
import { db } from "@/lib/db/client";
import { redis, whenReady } from "@/lib/redis/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

type CheckStatus = "ok" | "error";
export interface CheckResult {
  status: CheckStatus;
  latencyMs?: number;
  detail?: string;
}
export interface HealthReport {
  status: CheckStatus;
  checks: { database: CheckResult; cache: CheckResult };
  version: string;
  timestamp: string;
}

const CHECK_TIMEOUT_MS = 2_000;

export async function healthReport(): Promise<HealthReport> {
  const [database, cache] = await Promise.all([timed("database", checkDatabase), timed("cache", checkCache)]);
  const status = database.status === "ok" && cache.status === "ok" ? "ok" : "error";
  return { status, checks: { database, cache }, version: env().APP_VERSION, timestamp: new Date().toISOString() };
}

async function checkDatabase(): Promise<string | undefined> {
  await db().$queryRaw`SELECT 1`;
  return undefined;
}

async function checkCache(): Promise<string | undefined> {
  const client = redis();
  // Without REDIS_URL the rate-limit store is in-process by configuration: nothing to be down.
  if (!client) return "memory";
  await whenReady(client);
  await client.ping();
  return "redis";
}

async function timed(name: string, check: () => Promise<string | undefined>): Promise<CheckResult> {
  const started = performance.now();
  try {
    const detail = await withTimeout(check(), CHECK_TIMEOUT_MS);
    return { status: "ok", latencyMs: Math.round(performance.now() - started), ...(detail ? { detail } : {}) };
  } catch (error) {
    // The reason stays in the server log; the public report only says the check failed.
    logger.warn({ check: name, err: error instanceof Error ? error.message : String(error) }, "health check failed");
    return { status: "error", latencyMs: Math.round(performance.now() - started) };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
