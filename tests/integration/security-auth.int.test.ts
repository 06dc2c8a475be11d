// Security suite, auth abuse: brute force on login (next-auth's credentials callback),
// token exchange and registration runs into the auth limit at its default (10 per 60 s, per
// IP and per email), answered with the 429 envelope; and a wrong email and a wrong password
// are indistinguishable. rate-limit.int.test.ts checks the limiter with small limits; this
// file runs a server with the shipped default.
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEFAULT_LIMITS } from "@/lib/rate-limit/policy";
import { apiClient, type ApiResponse } from "../support/api";
import { csrfToken } from "../support/session";
import { startServer, TEST_REDIS, type RunningServer } from "../support/server";

const LIMIT = DEFAULT_LIMITS.auth.limit;
const main = apiClient(inject("baseUrl"));

/**
 * Not the main server's Redis database: auth buckets are shared by the auth routes, so the
 * main server's sign-ups of our accounts would already count in them. Every key here is
 * unique to the run (fresh addresses and emails), so sharing this database with anything
 * else is harmless, and it is never flushed.
 */
const MAIN_REDIS_DB = Number(process.env.TEST_REDIS_DB ?? 15);
const REDIS_URL = `${TEST_REDIS}/${MAIN_REDIS_DB === 12 ? 11 : 12}`;

/**
 * The server believes one proxy hop, so each scenario can come from an address of its own
 * (a fresh bucket per scenario and per run, even on a shared Redis).
 */
function newIp(): string {
  return `198.18.${randomInt(256)}.${randomInt(1, 255)}`;
}

async function loginAttempt(baseUrl: string, email: string, password: string, ip: string): Promise<ApiResponse> {
  const csrf = await csrfToken(baseUrl, "");
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie, origin: baseUrl, "x-forwarded-for": ip },
    body: new URLSearchParams({ csrfToken: csrf.token, email, password, json: "true" }),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, headers: res.headers, body };
}

/** A registered account (on the main server) that has not signed in anywhere yet. */
async function account(label: string) {
  const email = `${label}-${randomUUID()}@test.local`;
  const password = "rahasia-123";
  const res = await main.call("/api/v1/auth/register", { json: { email, password, name: label } });
  if (res.status !== 201) throw new Error(`register failed: ${res.status}`);
  return { email, password };
}

function expectAuthLimited(res: ApiResponse) {
  expect(res.status).toBe(429);
  // Answered by the middleware, with the same security headers as any API answer.
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  const retryAfter = Number(res.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(DEFAULT_LIMITS.auth.windowSeconds);
  expect(res.body).toMatchObject({
    ok: false,
    error: {
      code: "RATE_LIMIT_EXCEEDED",
      message: expect.stringMatching(/Coba lagi dalam \d+ detik/),
      details: { category: "auth", limit: LIMIT, windowSeconds: DEFAULT_LIMITS.auth.windowSeconds, retryAfterSeconds: retryAfter },
      requestId: res.headers.get("x-request-id"),
    },
  });
}

describe("brute force at the default auth limit", () => {
  let server: RunningServer;
  let api: ReturnType<typeof apiClient>;
  let victim: Awaited<ReturnType<typeof account>>;

  beforeAll(async () => {
    server = await startServer(3143, {
      DATABASE_URL: inject("databaseUrl"),
      REDIS_URL,
      TRUSTED_PROXY_HOPS: "1",
      RATE_LIMIT_AUTH: `${LIMIT}/${DEFAULT_LIMITS.auth.windowSeconds}`,
    });
    api = apiClient(server.url);
    victim = await account("brute");
  });
  afterAll(() => server?.stop());

  const exchange = (email: string, password: string, ip: string) =>
    api.call("/api/v1/auth/tokens", { json: { email, password, name: "x" }, headers: { "x-forwarded-for": ip } });

  it(`login: ${LIMIT} wrong passwords, then 429 for every attempt, the right password included`, async () => {
    const ip = newIp();
    for (let i = 0; i < LIMIT; i++) expect((await loginAttempt(server.url, victim.email, `tebakan-${i}`, ip)).status).toBe(401);
    expectAuthLimited(await loginAttempt(server.url, victim.email, "tebakan-lagi", ip));
    expectAuthLimited(await loginAttempt(server.url, victim.email, victim.password, ip));
  });

  it("login: rotating addresses does not help, the email has a bucket of its own", async () => {
    const target = await account("rotate-ip");
    for (let i = 0; i < LIMIT; i++) expect((await loginAttempt(server.url, target.email, `tebakan-${i}`, newIp())).status).toBe(401);
    expectAuthLimited(await loginAttempt(server.url, target.email, "tebakan-lagi", newIp()));
  });

  it(`token exchange: ${LIMIT} wrong passwords, then 429, the right password included`, async () => {
    const target = await account("exchange");
    const ip = newIp();
    for (let i = 0; i < LIMIT; i++) expect((await exchange(target.email, `tebakan-${i}`, ip)).status).toBe(401);
    expectAuthLimited(await exchange(target.email, "tebakan-lagi", ip));
    expectAuthLimited(await exchange(target.email, target.password, ip));
  });

  it("token exchange: spraying one password over many emails is stopped by the address's bucket", async () => {
    const ip = newIp();
    for (let i = 0; i < LIMIT; i++) expect((await exchange(`spray-${randomUUID()}@test.local`, "rahasia-123", ip)).status).toBe(401);
    expectAuthLimited(await exchange(`spray-${randomUUID()}@test.local`, "rahasia-123", ip));
    expectAuthLimited(await exchange(victim.email, victim.password, ip));
  });

  it("registration: mass sign-ups and probing existing emails run into the same limit", async () => {
    const taken = await account("taken");
    const ip = newIp();
    const register = (email: string) => api.call("/api/v1/auth/register", { json: { email, password: "rahasia-123", name: "Massal" }, headers: { "x-forwarded-for": ip } });
    expect((await register(taken.email)).status).toBe(409);
    for (let i = 1; i < LIMIT; i++) expect((await register(`massal-${randomUUID()}@test.local`)).status).toBe(201);
    expectAuthLimited(await register(`massal-${randomUUID()}@test.local`));
    expectAuthLimited(await register(taken.email));
  });

  it("the limit is per address and email: another user elsewhere still signs in", async () => {
    const other = await account("bystander");
    expect((await loginAttempt(server.url, other.email, other.password, newIp())).status).toBe(200);
    expect((await exchange(other.email, other.password, newIp())).status).toBe(201);
  });
});

describe("no user enumeration", () => {
  let user: Awaited<ReturnType<typeof main.newUser>>;
  const unknownEmail = () => `tidak-ada-${randomUUID()}@test.local`;
  beforeAll(async () => {
    user = await main.newUser("enum");
  });

  /** The answer without what differs per request anyway. */
  function comparable(res: ApiResponse) {
    const body = structuredClone(res.body);
    if (body?.error) delete body.error.requestId;
    return { status: res.status, body, cookies: res.headers.getSetCookie().map((c) => c.split("=")[0]) };
  }

  it("token exchange answers a wrong password and an unknown email identically", async () => {
    const exchange = (email: string) => main.call("/api/v1/auth/tokens", { json: { email, password: "salah-sekali", name: "x" } });
    const wrongPassword = comparable(await exchange(user.email));
    expect(wrongPassword.status).toBe(401);
    expect(comparable(await exchange(unknownEmail()))).toEqual(wrongPassword);
    // Case and spaces do not tell either: the email is normalised before the lookup.
    expect(comparable(await exchange(`  ${user.email.toUpperCase()} `))).toEqual(wrongPassword);
  });

  it("login answers a wrong password and an unknown email identically", async () => {
    const baseUrl = inject("baseUrl");
    const wrongPassword = comparable(await loginAttempt(baseUrl, user.email, "salah-sekali", "127.0.0.1"));
    expect(wrongPassword).toEqual({ status: 401, body: { url: `${baseUrl}/api/auth/error?error=CredentialsSignin&provider=credentials` }, cookies: [] });
    expect(comparable(await loginAttempt(baseUrl, unknownEmail(), "salah-sekali", "127.0.0.1"))).toEqual(wrongPassword);
  });

  it("an unknown email costs a password check too, so timing does not tell", async () => {
    // Interleaved medians; lenient (a third), because the machine is shared: without the
    // dummy check an unknown email answers in a few ms against ~50+ ms of argon2id.
    const times: Record<"known" | "unknown", number[]> = { known: [], unknown: [] };
    for (let i = 0; i < 5; i++) {
      for (const kind of ["known", "unknown"] as const) {
        const started = performance.now();
        await main.call("/api/v1/auth/tokens", { json: { email: kind === "known" ? user.email : unknownEmail(), password: "salah-sekali", name: "x" } });
        times[kind].push(performance.now() - started);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2]!;
    expect(median(times.unknown)).toBeGreaterThan(median(times.known) / 3);
  });

  it("registering a taken email says so (409), which is why registration shares the auth limit", async () => {
    const res = await main.call("/api/v1/auth/register", { json: { email: user.email, password: "rahasia-123", name: "X" } });
    expect([res.status, res.body.error.code, res.body.error.message]).toEqual([409, "CONFLICT", "Email sudah terdaftar."]);
  });
});
