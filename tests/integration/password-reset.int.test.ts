// "Lupa kata sandi" end to end, with a real SMTP server (smtp-server) receiving what the app
// sends: the mailed link sets a new password once, within 30 minutes, and ends every session,
// API token and earlier link of the account; an unknown email gets the identical answer and no
// mail; the per-email limit stops one inbox from being flooded. A project invitation goes out
// through the same SMTP server.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiClient } from "../support/api";
import { rabClient } from "../support/rab";
import { query } from "../support/database";
import { startMailSink, type MailSink } from "../support/mail-sink";
import { securityEvents } from "../support/security-events";
import { freePort, startServer, type RunningServer } from "../support/server";
import { login } from "../support/session";

const databaseUrl = inject("databaseUrl");
const EMAIL_LIMIT = 3;
// Per client address and route; above what the rest of this file sends from 127.0.0.1.
const ADDRESS_LIMIT = 30;
const NEW_PASSWORD = "pohon-mangga-berbuah-lebat";

let sink: MailSink;
let server: RunningServer;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  sink = await startMailSink();
  server = await startServer(await freePort(), {
    DATABASE_URL: databaseUrl,
    REDIS_URL: inject("redisUrl"),
    SMTP_URL: sink.url,
    MAIL_FROM: "RAB Uji <rab@test.local>",
    RATE_LIMIT_PASSWORD_RESET_EMAIL: `${EMAIL_LIMIT}/900`,
    RATE_LIMIT_PASSWORD_RESET: `${ADDRESS_LIMIT}/900`,
    TRUSTED_PROXY_HOPS: "1",
  });
  api = apiClient(server.url);
});
afterAll(async () => {
  await server?.stop();
  await sink?.close();
});

const requestReset = (email: string, headers: Record<string, string> = {}) =>
  api.call("/api/v1/auth/password-reset", { json: { email }, headers });
const confirm = (token: string, password: string) => api.call("/api/v1/auth/password-reset/confirm", { json: { token, password } });
const exchange = (email: string, password: string) => api.call("/api/v1/auth/tokens", { json: { email, password, name: "uji" } });

/** Requests a reset for `email` and returns the token of the link in the `nth` mail it receives. */
async function mailedToken(email: string, nth = 1): Promise<string> {
  expect((await requestReset(email)).status).toBe(202);
  const mail = await sink.waitFor(email, nth);
  const link = /https?:\/\/\S+/.exec(mail.text ?? "")?.[0];
  expect(link, mail.text).toBeDefined();
  const url = new URL(link!);
  expect(`${url.origin}${url.pathname}`).toBe(`${server.url}/reset-kata-sandi`);
  return url.searchParams.get("token")!;
}

function expectInvalidToken(res: Awaited<ReturnType<typeof confirm>>) {
  expect(res.status).toBe(400);
  expect(res.body.error.details.fields).toEqual([{ path: "token", message: expect.stringMatching(/tidak valid/) }]);
}

describe("the mailed link", () => {
  it("sets the new password once and ends every session and API token of the account", async () => {
    const user = await api.newUser("reset");
    const browser = await login(server.url, user.email, user.password);
    expect((await api.call("/api/v1/me", { headers: { cookie: browser.cookie } })).status).toBe(200);

    const token = await mailedToken(user.email);
    expect(token).toMatch(/^[\w-]{43}$/);
    const [stored] = await query(databaseUrl, `SELECT "tokenHash", "expiresAt" FROM "PasswordResetToken" WHERE "userId" = $1`, [user.id]);
    // Only the hash is kept, and the link expires in 30 minutes.
    expect(stored!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(Math.abs(stored!.expiresAt.getTime() - (Date.now() + 30 * 60_000))).toBeLessThan(60_000);

    const res = await confirm(token, NEW_PASSWORD);
    expect([res.status, res.body.data]).toEqual([200, { revokedSessions: 1, revokedTokens: 1 }]);

    expect((await exchange(user.email, user.password)).status).toBe(401);
    expect((await exchange(user.email, NEW_PASSWORD)).status).toBe(201);
    expect((await api.call("/api/v1/me", { token: user.token })).status).toBe(401);
    expect((await api.call("/api/v1/me", { headers: { cookie: browser.cookie } })).status).toBe(401);
    expectInvalidToken(await confirm(token, "pohon-jambu-berbuah-lebat"));
    expect((await exchange(user.email, NEW_PASSWORD)).status).toBe(201);

    const events = await securityEvents(databaseUrl, `"userId" = $1 AND kind LIKE 'password.reset%'`, [user.id], 2);
    expect(events.map((e) => [e.kind, e.result])).toEqual([
      ["password.reset_requested", "success"],
      ["password.reset", "success"],
    ]);
  });

  it("fails once expired, and the password stays", async () => {
    const user = await api.newUser("reset-expired");
    const token = await mailedToken(user.email);
    await query(databaseUrl, `UPDATE "PasswordResetToken" SET "expiresAt" = "expiresAt" - interval '31 minutes' WHERE "userId" = $1`, [
      user.id,
    ]);
    expectInvalidToken(await confirm(token, NEW_PASSWORD));
    expect((await exchange(user.email, user.password)).status).toBe(201);
  });

  it("is replaced by a newer one", async () => {
    const user = await api.newUser("reset-twice");
    const first = await mailedToken(user.email, 1);
    const second = await mailedToken(user.email, 2);
    expectInvalidToken(await confirm(first, NEW_PASSWORD));
    expect((await confirm(second, NEW_PASSWORD)).status).toBe(200);
  });

  it("stays usable after a password the policy refuses, which is named on the password field", async () => {
    const user = await api.newUser("reset-weak");
    const token = await mailedToken(user.email);
    const weak = await confirm(token, "12345678");
    expect([weak.status, weak.body.error.details.fields]).toEqual([400, [{ path: "password", message: expect.stringMatching(/umum/) }]]);
    expect((await exchange(user.email, user.password)).status).toBe(201);
    expect((await confirm(token, NEW_PASSWORD)).status).toBe(200);
  });

  it("works for exactly one of two confirmations racing", async () => {
    const user = await api.newUser("reset-race");
    const token = await mailedToken(user.email);
    const passwords = ["jendela-kaca-pertama", "jendela-kaca-kedua"];
    const answers = await Promise.all(passwords.map((p) => confirm(token, p)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 400]);
    const winner = passwords[answers.findIndex((a) => a.status === 200)]!;
    const loser = passwords.find((p) => p !== winner)!;
    expect((await exchange(user.email, winner)).status).toBe(201);
    expect((await exchange(user.email, loser)).status).toBe(401);
  });

  it("refuses a token that was never issued or is malformed, on the token field", async () => {
    expectInvalidToken(await confirm("A".repeat(43), NEW_PASSWORD));
    expectInvalidToken(await confirm("bukan token", NEW_PASSWORD));
  });
});

describe("an unknown email", () => {
  it("gets the identical answer and no mail", async () => {
    const user = await api.newUser("reset-known");
    const unknown = `tidak-ada-${crypto.randomUUID()}@test.local`;
    const [forUnknown, forKnown] = [await requestReset(unknown), await requestReset(user.email)];
    expect([forUnknown.status, forUnknown.body]).toEqual([forKnown.status, forKnown.body]);
    expect(forKnown.status).toBe(202);
    // Mail goes out after the answer: once the known account's has arrived, the unknown one's would have too.
    await sink.waitFor(user.email);
    expect(sink.to(unknown)).toEqual([]);
    const [event] = await securityEvents(databaseUrl, `kind = 'password.reset_requested' AND detail->>'email' = $1`, [unknown]);
    expect(event).toMatchObject({ result: "failure", userId: null });
  });
});

function expectResetLimited(res: Awaited<ReturnType<typeof requestReset>>) {
  expect([res.status, res.body.error.code, res.body.error.details.category]).toEqual([429, "RATE_LIMIT_EXCEEDED", "password_reset"]);
}

describe("the per-address limit", () => {
  it(`answers 429 after ${ADDRESS_LIMIT} requests from one address, whatever the emails`, async () => {
    const from = { "x-forwarded-for": `198.18.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}` };
    const answers = await Promise.all(
      Array.from({ length: ADDRESS_LIMIT }, (_, i) => requestReset(`alamat-${i}-${crypto.randomUUID()}@test.local`, from)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(ADDRESS_LIMIT).fill(202));
    expectResetLimited(await requestReset(`alamat-lagi-${crypto.randomUUID()}@test.local`, from));
    expect((await requestReset(`alamat-lain-${crypto.randomUUID()}@test.local`, { "x-forwarded-for": "198.19.0.1" })).status).toBe(202);
  });
});

describe("the per-email limit", () => {
  it(`answers 429 after ${EMAIL_LIMIT} requests for one email, known or not, and sends no more mail`, async () => {
    const user = await api.newUser("reset-flood");
    const unknown = `flood-${crypto.randomUUID()}@test.local`;
    for (const email of [user.email, unknown]) {
      for (let i = 0; i < EMAIL_LIMIT; i++) expect((await requestReset(email)).status).toBe(202);
      expectResetLimited(await requestReset(email.toUpperCase()));
    }
    await sink.waitFor(user.email, EMAIL_LIMIT);
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.to(user.email)).toHaveLength(EMAIL_LIMIT);
    // Another email from the same address is not affected.
    expect((await requestReset(`lain-${crypto.randomUUID()}@test.local`)).status).toBe(202);
  });
});

describe("a project invitation", () => {
  it("is mailed to the invited address with the registration link, and the answer says it went out", async () => {
    const rab = rabClient(server.url);
    const owner = await api.newUser("pengundang-surel");
    const projectId = await rab.newProject(owner.token, { name: "Gedung Undangan" });
    const email = `diundang-${Date.now()}@test.local`;
    const added = await rab.ok(owner.token, `/api/v1/projects/${projectId}/members`, { json: { email, role: "editor" } }, 201);
    expect(added.notice).toEqual({ delivered: true, link: `${server.url}/register` });
    const mail = await sink.waitFor(email, 1);
    expect(mail.subject).toBe("Undangan proyek Gedung Undangan");
    expect(mail.text).toContain(`sebagai Editor`);
    expect(mail.text).toContain(`${server.url}/register`);
  });
});
