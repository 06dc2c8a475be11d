// Security suite, auth abuse, at the shipped defaults: failed logins are counted per account
// (10 per 15 minutes, whichever address they come from) and per address (100 per minute),
// shared by next-auth's credentials sign-in and the token exchange; successful logins are never
// counted, so an office behind one NAT address signs in at 8 a.m.; registration has a bucket of
// its own (10 per minute per address). Auth bodies must declare a small length: padded bodies
// are refused (413) and chunked ones too (411) before anything reads them, so the account a
// login counts against never depends on the body's size or encoding. And a wrong email and a
// wrong password are indistinguishable. rate-limit.int.test.ts checks the limiter with small
// limits; this file runs a server with the shipped defaults.
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MAX_AUTH_BODY_BYTES, DEFAULT_LIMITS, DEFAULT_LOGIN_LIMITS } from "@/lib/rate-limit/policy";
import { apiClient, type ApiResponse } from "../support/api";
import { securityEvents } from "../support/security-events";
import { csrfToken } from "../support/session";
import { startServer, TEST_REDIS, type RunningServer } from "../support/server";

const ACCOUNT = DEFAULT_LOGIN_LIMITS.account;
const PER_IP = DEFAULT_LOGIN_LIMITS.ip;
const REGISTER = DEFAULT_LIMITS.register;
const spec = (l: { limit: number; windowSeconds: number }) => `${l.limit}/${l.windowSeconds}`;
const main = apiClient(inject("baseUrl"));

/**
 * Not the main server's Redis database: every key here is unique to the run (fresh addresses
 * and emails), so sharing this database with anything else is harmless, and it is never flushed.
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

async function parsed(res: Response): Promise<ApiResponse> {
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, headers: res.headers, body };
}

/** A credentials sign-in the way the login page sends it; `extra` is appended to the form as is. */
async function loginAttempt(baseUrl: string, email: string, password: string, ip: string, extra = ""): Promise<ApiResponse> {
  const csrf = await csrfToken(baseUrl, "");
  const form = new URLSearchParams({ csrfToken: csrf.token, email, password, json: "true" }).toString() + extra;
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie, origin: baseUrl, "x-forwarded-for": ip },
    body: form,
  });
  return parsed(res);
}

/** A registered account (on the main server) that has not signed in anywhere yet. */
async function account(label: string) {
  const email = `${label}-${randomUUID()}@test.local`;
  const password = "rahasia-123";
  const res = await main.call("/api/v1/auth/register", { json: { email, password, name: label } });
  if (res.status !== 201) throw new Error(`register failed: ${res.status}`);
  return { email, password };
}

function expectLimited(res: ApiResponse, category: string, limit: { limit: number; windowSeconds: number }) {
  expect(res.status).toBe(429);
  // Answered with the same security headers as any API answer.
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("content-security-policy")).toBe(
    "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
  const retryAfter = Number(res.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(limit.windowSeconds);
  expect(res.body).toMatchObject({
    ok: false,
    error: {
      code: "RATE_LIMIT_EXCEEDED",
      message: expect.stringMatching(/Coba lagi dalam \d+ detik/),
      details: { category, limit: limit.limit, windowSeconds: limit.windowSeconds, retryAfterSeconds: retryAfter },
      requestId: res.headers.get("x-request-id"),
    },
  });
}
const expectLoginLimited = (res: ApiResponse, limit = ACCOUNT) => expectLimited(res, "login", limit);

describe("brute force at the default limits", () => {
  let server: RunningServer;
  let api: ReturnType<typeof apiClient>;
  let victim: Awaited<ReturnType<typeof account>>;

  beforeAll(async () => {
    server = await startServer(3143, {
      DATABASE_URL: inject("databaseUrl"),
      REDIS_URL,
      TRUSTED_PROXY_HOPS: "1",
      RATE_LIMIT_LOGIN_ACCOUNT: spec(ACCOUNT),
      RATE_LIMIT_LOGIN_IP: spec(PER_IP),
      RATE_LIMIT_REGISTER: spec(REGISTER),
    });
    api = apiClient(server.url);
    victim = await account("brute");
  });
  afterAll(() => server?.stop());

  const exchange = (email: string, password: string, ip: string) =>
    api.call("/api/v1/auth/tokens", { json: { email, password, name: "x" }, headers: { "x-forwarded-for": ip } });

  it(`login: ${ACCOUNT.limit} wrong passwords, then 429 for every attempt, the right password included`, async () => {
    const ip = newIp();
    for (let i = 0; i < ACCOUNT.limit; i++) expect((await loginAttempt(server.url, victim.email, `tebakan-${i}`, ip)).status).toBe(401);
    expectLoginLimited(await loginAttempt(server.url, victim.email, "tebakan-lagi", ip));
    expectLoginLimited(await loginAttempt(server.url, victim.email, victim.password, ip));
  });

  it(`login: the ${ACCOUNT.limit + 1}th failure for one account from rotating addresses is refused`, async () => {
    const target = await account("rotate-ip");
    for (let i = 0; i < ACCOUNT.limit; i++)
      expect((await loginAttempt(server.url, target.email, `tebakan-${i}`, newIp())).status).toBe(401);
    expectLoginLimited(await loginAttempt(server.url, target.email, "tebakan-lagi", newIp()));
    // The case and spaces of the email do not open another bucket.
    expectLoginLimited(await loginAttempt(server.url, `  ${target.email.toUpperCase()} `, target.password, newIp()));
  });

  it("token exchange and login drain the same account bucket", async () => {
    const target = await account("exchange");
    const half = ACCOUNT.limit / 2;
    for (let i = 0; i < half; i++) expect((await exchange(target.email, `tebakan-${i}`, newIp())).status).toBe(401);
    for (let i = half; i < ACCOUNT.limit; i++)
      expect((await loginAttempt(server.url, target.email, `tebakan-${i}`, newIp())).status).toBe(401);
    expectLoginLimited(await exchange(target.email, target.password, newIp()));
    expectLoginLimited(await loginAttempt(server.url, target.email, target.password, newIp()));
  });

  it(`spraying one password over many emails is stopped by the address's ${PER_IP.limit} failures`, async () => {
    const ip = newIp();
    for (let i = 0; i < PER_IP.limit; i++) {
      const res = await exchange(`spray-${randomUUID()}@test.local`, "rahasia-123", ip);
      expect(res.status).toBe(401);
    }
    expectLoginLimited(await exchange(`spray-${randomUUID()}@test.local`, "rahasia-123", ip), PER_IP);
    expectLoginLimited(await loginAttempt(server.url, victim.email, victim.password, ip), PER_IP);
  });

  it("an office behind one NAT address: 50 different accounts sign in from it, none refused", async () => {
    const office = await Promise.all(Array.from({ length: 50 }, (_, i) => account(`kantor-${i}`)));
    const ip = newIp();
    const statuses: number[] = [];
    for (const [i, user] of office.entries()) {
      const res =
        i % 2 === 0 ? await loginAttempt(server.url, user.email, user.password, ip) : await exchange(user.email, user.password, ip);
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s !== 200 && s !== 201)).toEqual([]);
    // A typo on the way in is one failure, not a lockout.
    expect((await loginAttempt(server.url, office[0]!.email, "salah-ketik", ip)).status).toBe(401);
    expect((await loginAttempt(server.url, office[0]!.email, office[0]!.password, ip)).status).toBe(200);
  });

  it("registration has a bucket of its own: mass sign-ups are stopped, logins from the address are not", async () => {
    const taken = await account("taken");
    const ip = newIp();
    const register = (email: string) =>
      api.call("/api/v1/auth/register", { json: { email, password: "rahasia-123", name: "Massal" }, headers: { "x-forwarded-for": ip } });
    expect((await register(taken.email)).status).toBe(409);
    for (let i = 1; i < REGISTER.limit; i++) expect((await register(`massal-${randomUUID()}@test.local`)).status).toBe(201);
    expectLimited(await register(`massal-${randomUUID()}@test.local`), "register", REGISTER);
    expectLimited(await register(taken.email), "register", REGISTER);
    expect((await loginAttempt(server.url, taken.email, taken.password, ip)).status).toBe(200);
  });

  it("the limit is per account and address: another user elsewhere still signs in", async () => {
    const other = await account("bystander");
    expect((await loginAttempt(server.url, other.email, other.password, newIp())).status).toBe(200);
    expect((await exchange(other.email, other.password, newIp())).status).toBe(201);
  });

  describe("the account never depends on the body's size or encoding", () => {
    const pad = "&padding=" + "x".repeat(16 * 1024 + 1);

    it(`padding a login past 16 KB is a 413 before anything reads it (limit ${MAX_AUTH_BODY_BYTES} bytes)`, async () => {
      // The victim's bucket is spent: a padded body must not be a way around it.
      const res = await loginAttempt(server.url, victim.email, victim.password, newIp(), pad);
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ ok: false, error: { code: "PAYLOAD_TOO_LARGE", details: { limitBytes: MAX_AUTH_BODY_BYTES } } });
      const padded = { email: victim.email, password: victim.password, name: "x", padding: "x".repeat(16 * 1024 + 1) };
      for (const path of ["/api/v1/auth/tokens", "/api/v1/auth/register"]) {
        expect((await api.call(path, { json: padded, headers: { "x-forwarded-for": newIp() } })).status).toBe(413);
      }
    });

    it("a chunked body (no Content-Length) is a 411 on every auth route", async () => {
      const csrf = await csrfToken(server.url, "");
      const chunked = (path: string, type: string, text: string) =>
        fetch(`${server.url}${path}`, {
          method: "POST",
          redirect: "manual",
          headers: { "content-type": type, cookie: csrf.cookie, origin: server.url, "x-forwarded-for": newIp() },
          body: new Blob([text]).stream(),
          duplex: "half",
        } as RequestInit).then(parsed);
      const form = new URLSearchParams({ csrfToken: csrf.token, email: victim.email, password: victim.password, json: "true" }).toString();
      const json = JSON.stringify({ email: victim.email, password: victim.password, name: "x" });
      for (const res of [
        await chunked("/api/auth/callback/credentials", "application/x-www-form-urlencoded", form),
        await chunked("/api/v1/auth/tokens", "application/json", json),
        await chunked("/api/v1/auth/register", "application/json", json),
      ]) {
        expect([res.status, res.body?.error?.code]).toEqual([411, "LENGTH_REQUIRED"]);
      }
    });

    it("a plain form post (no json=true, answered with a redirect) counts its failures too", async () => {
      const target = await account("plain-form");
      const plain = async (password: string) => {
        const csrf = await csrfToken(server.url, "");
        const res = await fetch(`${server.url}/api/auth/callback/credentials`, {
          method: "POST",
          redirect: "manual",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            cookie: csrf.cookie,
            origin: server.url,
            "x-forwarded-for": newIp(),
          },
          body: new URLSearchParams({ csrfToken: csrf.token, email: target.email, password }),
        });
        return parsed(res);
      };
      for (let i = 0; i < ACCOUNT.limit; i++) {
        const res = await plain(`tebakan-${i}`);
        expect([res.status, res.headers.get("location")]).toEqual([302, expect.stringContaining("error=CredentialsSignin")]);
      }
      expectLoginLimited(await plain(target.password));
    });

    it("a second email field does not switch accounts: the one next-auth reads is the one counted", async () => {
      const decoy = await account("decoy");
      // next-auth keeps the last of duplicate fields: the victim's, whose bucket is spent.
      const res = await loginAttempt(
        server.url,
        decoy.email,
        "x",
        newIp(),
        `&email=${encodeURIComponent(victim.email)}&password=${victim.password}`,
      );
      expectLoginLimited(res);
    });

    it("records each refused account once a minute, not once per request", async () => {
      const rows = await securityEvents(inject("databaseUrl"), `kind = 'rate_limit' AND detail->>'identity' = $1`, [
        `account:${victim.email}`,
      ]);
      // Several refusals above; one row per minute (two if the run crossed a minute boundary).
      expect(rows.length).toBeGreaterThanOrEqual(1);
      expect(rows.length).toBeLessThanOrEqual(2);
      expect(rows[0]).toMatchObject({ result: "denied", userId: null, detail: { category: "login" } });
    });
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
    expect(wrongPassword).toEqual({
      status: 401,
      body: { url: `${baseUrl}/api/auth/error?error=CredentialsSignin&provider=credentials` },
      cookies: [],
    });
    expect(comparable(await loginAttempt(baseUrl, unknownEmail(), "salah-sekali", "127.0.0.1"))).toEqual(wrongPassword);
  });

  it("an unknown email costs a password check too, so timing does not tell", async () => {
    // Interleaved medians; lenient (a third), because the machine is shared: without the
    // dummy check an unknown email answers in a few ms against ~50+ ms of argon2id.
    const times: Record<"known" | "unknown", number[]> = { known: [], unknown: [] };
    for (let i = 0; i < 5; i++) {
      for (const kind of ["known", "unknown"] as const) {
        const started = performance.now();
        await main.call("/api/v1/auth/tokens", {
          json: { email: kind === "known" ? user.email : unknownEmail(), password: "salah-sekali", name: "x" },
        });
        times[kind].push(performance.now() - started);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2]!;
    expect(median(times.unknown)).toBeGreaterThan(median(times.known) / 3);
  });

  it("registering a taken email says so (409), which is why registration is rate limited", async () => {
    const res = await main.call("/api/v1/auth/register", { json: { email: user.email, password: "rahasia-123", name: "X" } });
    expect([res.status, res.body.error.code, res.body.error.message]).toEqual([409, "CONFLICT", "Email sudah terdaftar."]);
  });
});
