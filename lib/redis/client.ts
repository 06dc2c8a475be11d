import "server-only";
import { Redis } from "ioredis";
import { env } from "@/lib/env";

const holder = globalThis as unknown as { __redis?: Redis | null };

/**
 * The process's shared Redis connection, or null when REDIS_URL is unset.
 * lazyConnect keeps `next build` from dialing Redis; a bounded offline queue and
 * retry strategy make calls fail fast while Redis is down instead of piling up.
 */
export function redis(): Redis | null {
  if (holder.__redis !== undefined) return holder.__redis;
  const url = env().REDIS_URL;
  holder.__redis = url ? createRedis(url) : null;
  return holder.__redis;
}

export function createRedis(url: string): Redis {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 1_000,
    commandTimeout: 500,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  // Errors surface on the command that failed; the event only needs a listener so
  // that node does not treat it as unhandled.
  client.on("error", () => undefined);
  void client.connect().catch(() => undefined);
  return client;
}

/**
 * Resolves once the connection is usable. While the first connect is in flight we wait
 * (bounded); while reconnecting after an outage we fail at once so callers can fall back.
 */
export async function whenReady(client: Redis, timeoutMs = 1_000): Promise<void> {
  if (client.status === "ready") return;
  if (client.status !== "connecting" && client.status !== "connect" && client.status !== "wait") {
    throw new Error(`redis ${client.status}`);
  }
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => done(new Error("redis connect timeout")), timeoutMs);
    const onReady = () => done();
    const onEnd = () => done(new Error("redis connection closed"));
    function done(error?: Error) {
      clearTimeout(timer);
      client.off("ready", onReady);
      client.off("end", onEnd);
      if (error) reject(error);
      else resolve();
    }
    client.once("ready", onReady);
    client.once("end", onEnd);
  });
}

export async function closeRedis(): Promise<void> {
  const client = holder.__redis;
  holder.__redis = undefined;
  await client?.quit().catch(() => client.disconnect());
}
