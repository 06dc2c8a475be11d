import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Redis } from "ioredis";
import { apiClient } from "../support/api";
import { startServer, TEST_REDIS, type RunningServer } from "../support/server";
import { TcpProxy } from "../support/tcp-proxy";

const REDIS_URL = `${TEST_REDIS}/13`;
const main = apiClient(inject("baseUrl"));

beforeAll(async () => {
  const redis = new Redis(REDIS_URL);
  await redis.flushdb();
  await redis.quit();
});

describe("limits shared across server processes", () => {
  const servers: RunningServer[] = [];
  beforeAll(async () => {
    const env = { DATABASE_URL: inject("databaseUrl"), REDIS_URL, RATE_LIMIT_WRITE: "20/60" };
    servers.push(...(await Promise.all([3131, 3132, 3133].map((port) => startServer(port, env)))));
  });
  afterAll(() => Promise.all(servers.map((s) => s.stop())));

  it("lets exactly 20 of 25 writes from one user through, spread over 3 processes", async () => {
    const user = await main.newUser("cluster");
    const clients = servers.map((s) => apiClient(s.url));
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => clients[i % 3]!.call("/api/v1/me/tokens", { token: user.token, json: { name: `t${i}` } })),
    );
    const codes = results.map((r) => r.status);
    expect(codes.filter((c) => c === 201)).toHaveLength(20);
    expect(codes.filter((c) => c === 429)).toHaveLength(5);
    const tokens = await main.call("/api/v1/me/tokens", { token: user.token });
    expect(tokens.body.data).toHaveLength(21);
  });
});

describe("Redis going away and coming back", () => {
  const proxy = new TcpProxy(6391, { host: "127.0.0.1", port: Number(new URL(TEST_REDIS).port || 6379) });
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    await proxy.start();
    const env = { DATABASE_URL: inject("databaseUrl"), REDIS_URL: "redis://127.0.0.1:6391/13", RATE_LIMIT_READ: "6/60" };
    servers.push(...(await Promise.all([3141, 3142].map((port) => startServer(port, env)))));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await proxy.stop();
  });

  it("keeps serving with per-process limits, reports the cache down, and shares limits again after", async () => {
    const [a, b] = servers.map((s) => apiClient(s.url)) as [ReturnType<typeof apiClient>, ReturnType<typeof apiClient>];
    expect((await fetch(`${servers[0]!.url}/health`)).status).toBe(200);

    await proxy.stop();
    const down = await main.newUser("redis-down");
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await a.call("/api/v1/me", { token: down.token })).status);
    // Never a 500, never unlimited: the 7th read exceeds the per-process limit of 6.
    expect(codes).toEqual([200, 200, 200, 200, 200, 200, 429]);
    const health = await fetch(`${servers[0]!.url}/health`);
    expect(health.status).toBe(503);
    expect((await health.json()).checks.cache.status).toBe("error");

    await proxy.start();
    await waitFor(async () => (await fetch(`${servers[0]!.url}/health`)).status === 200);
    await waitFor(async () => (await fetch(`${servers[1]!.url}/health`)).status === 200);

    const back = await main.newUser("redis-back");
    const shared: number[] = [];
    for (let i = 0; i < 8; i++) shared.push((await (i % 2 ? b : a).call("/api/v1/me", { token: back.token })).status);
    // 6 allowed in total across both processes: the counter is shared again.
    expect(shared).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("condition not reached in time");
}
