import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Redis } from "ioredis";
import { apiClient } from "../support/api";
import { csrfToken } from "../support/session";
import { startServer, TEST_REDIS, type RunningServer } from "../support/server";

// Its own Redis database, so counters from other suites never interfere.
const REDIS_URL = `${TEST_REDIS}/14`;
const main = apiClient(inject("baseUrl"));

const LIMITS = {
  RATE_LIMIT_READ: "5/3",
  RATE_LIMIT_WRITE: "3/60",
  RATE_LIMIT_LOGIN_ACCOUNT: "4/60",
  RATE_LIMIT_LOGIN_IP: "6/60",
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

  it("counts failed logins per account across routes, and never successes", async () => {
    const user = await main.newUser("rl-auth");
    await resetCounters();
    const exchange = (password: string) => api.call("/api/v1/auth/tokens", { json: { email: user.email, password, name: "x" } });
    // Successes do not count: far more than the limits, all answered.
    expect(await statuses(8, () => exchange(user.password))).toEqual(Array(8).fill(201));
    expect(await statuses(4, () => exchange("wrong-guess"))).toEqual([401, 401, 401, 401]);
    const limited = await exchange("wrong-guess");
    expect(limited.status).toBe(429);
    expect(limited.body.error.details).toMatchObject({ category: "login", limit: 4, windowSeconds: 60 });
    // The right password is refused too once the account's failures are spent.
    expect((await exchange(user.password)).status).toBe(429);
  });

  it("limits next-auth's credentials sign-in by failed attempts per address", async () => {
    await resetCounters();
    const attempt = async (i: number) => {
      const csrf = await csrfToken(server.url, "");
      return fetch(`${server.url}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie, origin: server.url },
        body: new URLSearchParams({
          email: `login-${i}-${Date.now()}@test.local`,
          password: "guess-guess",
          csrfToken: csrf.token,
          json: "true",
        }),
      });
    };
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await attempt(i)).status);
    expect(codes).toEqual([401, 401, 401, 401, 401, 401, 429]);
  });

  it("does not let a spoofed X-Forwarded-For open a fresh bucket", async () => {
    await resetCounters();
    const spoofed = (i: number) => api.call("/api/v1/me/tokens", { headers: { "x-forwarded-for": `10.0.0.${i}` } });
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await spoofed(i)).status);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
