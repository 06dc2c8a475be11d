import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Redis } from "ioredis";
import { apiClient } from "../support/api";
import { startServer, TEST_REDIS, type RunningServer } from "../support/server";

// Its own Redis database, so counters from other suites never interfere.
const REDIS_URL = `${TEST_REDIS}/14`;
const main = apiClient(inject("baseUrl"));

const LIMITS = {
  RATE_LIMIT_READ: "5/3",
  RATE_LIMIT_WRITE: "3/60",
  RATE_LIMIT_AUTH: "4/60",
  RATE_LIMIT_EXPORT: "2/60",
  RATE_LIMIT_BULK: "1/300",
};

let server: RunningServer;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  await resetCounters();
  server = await startServer(3121, { DATABASE_URL: inject("databaseUrl"), REDIS_URL, ...LIMITS });
  api = apiClient(server.url);
});
afterAll(() => server?.stop());

/** Auth buckets are per IP and every test request comes from 127.0.0.1: start each auth test clean. */
async function resetCounters() {
  const redis = new Redis(REDIS_URL);
  await redis.flushdb();
  await redis.quit();
}

async function statuses(n: number, fn: () => Promise<{ status: number }>) {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await fn()).status);
  return out;
}

describe("category rate limits over real Redis", () => {
  it("lets exactly `limit` reads through, then answers 429 with headers and envelope", async () => {
    const user = await main.newUser("rl-read");
    const first = await api.call("/api/v1/me", { token: user.token });
    expect(first.status).toBe(200);
    expect(first.headers.get("ratelimit-limit")).toBe("5");
    expect(first.headers.get("ratelimit-remaining")).toBe("4");
    expect(Number(first.headers.get("ratelimit-reset"))).toBeGreaterThanOrEqual(1);
    expect(await statuses(4, () => api.call("/api/v1/me", { token: user.token }))).toEqual([200, 200, 200, 200]);

    const limited = await api.call("/api/v1/me", { token: user.token });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("ratelimit-remaining")).toBe("0");
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 3).toBe(true);
    expect(limited.body).toMatchObject({
      ok: false,
      error: {
        code: "RATE_LIMIT_EXCEEDED",
        details: { category: "read", limit: 5, windowSeconds: 3, retryAfterSeconds: retryAfter },
      },
    });
    expect(limited.body.error.message).toMatch(/Coba lagi dalam \d+ detik/);
    expect(limited.body.error.requestId).toBe(limited.headers.get("x-request-id"));
  });

  it("resets when the window ends", async () => {
    const user = await main.newUser("rl-reset");
    await statuses(5, () => api.call("/api/v1/me", { token: user.token }));
    const limited = await api.call("/api/v1/me", { token: user.token });
    expect(limited.status).toBe(429);
    await new Promise((r) => setTimeout(r, Number(limited.headers.get("retry-after")) * 1000 + 200));
    expect((await api.call("/api/v1/me", { token: user.token })).status).toBe(200);
  });

  it("keeps two users in separate buckets", async () => {
    const a = await main.newUser("rl-a");
    const b = await main.newUser("rl-b");
    await statuses(5, () => api.call("/api/v1/me", { token: a.token }));
    expect((await api.call("/api/v1/me", { token: a.token })).status).toBe(429);
    expect((await api.call("/api/v1/me", { token: b.token })).status).toBe(200);
  });

  it("keeps two routes in separate buckets", async () => {
    const user = await main.newUser("rl-routes");
    await statuses(5, () => api.call("/api/v1/me", { token: user.token }));
    expect((await api.call("/api/v1/me", { token: user.token })).status).toBe(429);
    expect((await api.call("/api/v1/me/tokens", { token: user.token })).status).toBe(200);
  });

  it("applies the write category to mutations", async () => {
    const user = await main.newUser("rl-write");
    const post = () => api.call("/api/v1/me/tokens", { token: user.token, json: { name: "t" } });
    expect(await statuses(4, post)).toEqual([201, 201, 201, 429]);
    const limited = await post();
    expect(limited.body.error.details.category).toBe("write");
    // Reads are a different category and still pass.
    expect((await api.call("/api/v1/me/tokens", { token: user.token })).status).toBe(200);
  });

  it("applies the auth category per email across IPs and routes", async () => {
    const user = await main.newUser("rl-auth");
    await resetCounters();
    const guess = () => api.call("/api/v1/auth/tokens", { json: { email: user.email, password: "wrong-guess", name: "x" } });
    expect(await statuses(4, guess)).toEqual([401, 401, 401, 401]);
    const limited = await guess();
    expect(limited.status).toBe(429);
    expect(limited.body.error.details.category).toBe("auth");
    // The right password is throttled too: the bucket belongs to the email, not the outcome.
    const right = await api.call("/api/v1/auth/tokens", { json: { email: user.email, password: user.password, name: "x" } });
    expect(right.status).toBe(429);
  });

  it("limits next-auth's credentials sign-in in the auth category", async () => {
    await resetCounters();
    const email = `login-${Date.now()}@test.local`;
    const attempt = () =>
      fetch(`${server.url}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email, password: "guess-guess", csrfToken: "x" }),
      });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await attempt()).status);
    expect(codes.slice(0, 4)).not.toContain(429);
    expect(codes[4]).toBe(429);
  });

  it("does not let a spoofed X-Forwarded-For open a fresh bucket", async () => {
    await resetCounters();
    const spoofed = (i: number) => api.call("/api/v1/me/tokens", { headers: { "x-forwarded-for": `10.0.0.${i}` } });
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await spoofed(i)).status);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
