// Security suite, the security event log: each recorded kind (who, what, when, address, user
// agent, result), the admin API's filters and cursor paging, 404 for everyone else, and a table
// the database itself keeps insert-only (UPDATE, DELETE and TRUNCATE refused; only the retention
// purge removes rows, and only old ones).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { query } from "../support/database";
import { rabClient } from "../support/rab";
import { fixtureCsv, referenceClient, uniqueEdition } from "../support/reference";
import { securityEvents } from "../support/security-events";
import { ROOT, TSX_ENV } from "../support/server";
import { login, logout } from "../support/session";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const rab = rabClient(baseUrl);
const ref = referenceClient(baseUrl, databaseUrl);
const UA = "uji-peristiwa/1.0";

const eventsOf = (userId: string, kind: string, count = 1) =>
  securityEvents(databaseUrl, `"userId" = $1 AND kind = $2`, [userId, kind], count);

let admin: Awaited<ReturnType<typeof ref.newAdmin>>;
beforeAll(async () => {
  admin = await ref.newAdmin("se-admin");
});

describe("recorded events", () => {
  it("login success and failure (browser and token exchange) and logout, with address and user agent", async () => {
    const user = await rab.newUser("se-login");
    const [exchanged] = await eventsOf(user.id, "login");
    expect(exchanged).toMatchObject({
      result: "success",
      ip: expect.stringMatching(/127\.0\.0\.1/),
      detail: { email: user.email, via: "token" },
    });

    const wrong = await rab.call("/api/v1/auth/tokens", {
      json: { email: user.email, password: "salah-sekali", name: "x" },
      headers: { "user-agent": UA },
    });
    expect(wrong.status).toBe(401);
    const [failure] = await securityEvents(databaseUrl, `kind = 'login' AND result = 'failure' AND detail->>'email' = $1`, [user.email]);
    // A failure names the email tried, never the account: that would tell which emails exist.
    expect(failure).toMatchObject({ userId: null, userAgent: UA, detail: { via: "token" } });

    const browser = await login(baseUrl, user.email, user.password);
    const logins = await eventsOf(user.id, "login", 2);
    expect(logins.map((e) => [e.result, e.detail.via])).toEqual([
      ["success", "token"],
      ["success", "session"],
    ]);
    await logout(baseUrl, browser.cookie);
    expect(await eventsOf(user.id, "logout")).toMatchObject([{ result: "success" }]);
  });

  it("token created (exchange and settings) and revoked; password changed and a wrong current password", async () => {
    const user = await rab.newUser("se-token");
    const created = await rab.ok(user.token, "/api/v1/me/tokens", { json: { name: "skrip" } }, 201);
    await rab.ok(user.token, `/api/v1/me/tokens/${created.id}`, { method: "DELETE" });
    const tokens = await eventsOf(user.id, "token.created", 2);
    expect(tokens.map((e) => e.detail.via ?? e.detail.route)).toEqual(["exchange", "/api/v1/me/tokens"]);
    expect(tokens[1]!.detail.id).toBe(created.id);
    // The secret itself is never recorded.
    expect(JSON.stringify(tokens)).not.toContain(created.token);
    expect(await eventsOf(user.id, "token.revoked")).toMatchObject([{ result: "success", detail: { params: { tokenId: created.id } } }]);

    const change = (currentPassword: string) =>
      rab.call("/api/v1/me/password", { json: { currentPassword, newPassword: "rahasia-baru-456" }, token: user.token });
    expect((await change("bukan-sandinya")).status).toBe(400);
    expect((await change(user.password)).status).toBe(200);
    const changes = await eventsOf(user.id, "password.changed", 2);
    expect(changes.map((e) => [e.result, e.detail.status])).toEqual([
      ["failure", 400],
      ["success", 200],
    ]);
  });

  it("admin granted and revoked by npm run user:admin", async () => {
    const user = await rab.newUser("se-grant");
    for (const args of [[user.email], [user.email, "--revoke"]]) {
      const cli = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/user-admin.ts", ...args], {
        cwd: ROOT,
        env: { ...process.env, ...TSX_ENV, DATABASE_URL: databaseUrl },
        encoding: "utf8",
      });
      expect(cli.status, cli.stderr).toBe(0);
    }
    const [granted] = await eventsOf(user.id, "admin.granted");
    const [revoked] = await eventsOf(user.id, "admin.revoked");
    expect(granted).toMatchObject({ result: "success", userAgent: "npm run user:admin", detail: { email: user.email } });
    expect(revoked!.createdAt.getTime()).toBeGreaterThanOrEqual(granted!.createdAt.getTime());
  });

  it("library imported by an admin, refused for anyone else; a dry run is no event", async () => {
    const edition = uniqueEdition("se");
    expect((await ref.upload(admin.token, fixtureCsv(), { edition, dryRun: "true" })).status).toBe(200);
    expect((await ref.upload(admin.token, fixtureCsv(), { edition })).status).toBe(201);
    const [imported] = await securityEvents(databaseUrl, `kind = 'library.imported' AND detail->'query'->>'edition' = $1`, [edition]);
    expect(imported).toMatchObject({ userId: admin.id, result: "success", detail: { status: 201 } });
    const all = await securityEvents(databaseUrl, `kind = 'library.imported' AND detail->'query'->>'edition' = $1`, [edition]);
    expect(all).toHaveLength(1);

    const user = await rab.newUser("se-not-admin");
    expect((await ref.upload(user.token, fixtureCsv(), { edition })).status).toBe(403);
    expect(await eventsOf(user.id, "library.imported")).toMatchObject([{ result: "denied", detail: { status: 403 } }]);
  });

  it("backup downloaded and project imported; other exports are no event", async () => {
    const user = await rab.newUser("se-backup");
    const projectId = await rab.newProject(user.token);
    expect((await rab.call(`/api/v1/projects/${projectId}/exports/rekap-rab.csv`, { token: user.token })).status).toBe(200);
    const backup = await rab.call(`/api/v1/projects/${projectId}/exports/backup.json`, { token: user.token });
    expect(backup.status).toBe(200);
    const restored = await rab.ok(user.token, "/api/v1/projects/import", { json: backup.body }, 201);
    expect(await eventsOf(user.id, "backup.downloaded")).toMatchObject([
      { result: "success", detail: { params: { projectId, file: "backup.json" } } },
    ]);
    expect(await eventsOf(user.id, "project.imported")).toMatchObject([{ result: "success", detail: { id: restored.id } }]);
  });
});

describe("GET /api/v1/admin/security-events", () => {
  const list = (token: string, params: Record<string, string> = {}) =>
    rab.call(`/api/v1/admin/security-events?${new URLSearchParams(params)}`, { token });
  let subject: Awaited<ReturnType<typeof rab.newUser>>;

  beforeAll(async () => {
    subject = await rab.newUser("se-filter");
    for (let i = 0; i < 3; i++)
      await rab.call("/api/v1/auth/tokens", { json: { email: subject.email, password: `salah-${i}`, name: "x" } });
    await securityEvents(databaseUrl, `detail->>'email' = $1`, [subject.email], 4);
  });

  it("is a 404 for anyone but an admin, whatever the query", async () => {
    for (const params of [{}, { limit: "0" }, { kind: "tidak-ada" }] as Record<string, string>[]) {
      const res = await list(subject.token, params);
      expect([res.status, res.body.error.code]).toEqual([404, "NOT_FOUND"]);
    }
    expect((await rab.call("/api/v1/admin/security-events")).status).toBe(401);
  });

  it("filters by email, kind, result, user and time", async () => {
    const byEmail = await list(admin.token, { email: subject.email.toUpperCase() });
    expect(byEmail.status).toBe(200);
    // The account's own events and the failed attempts naming its email: 1 success, 3 failures, 1 token.
    expect(byEmail.body.data.map((e: any) => `${e.kind}:${e.result}`).sort()).toEqual([
      "login:failure",
      "login:failure",
      "login:failure",
      "login:success",
      "token.created:success",
    ]);
    const failures = await list(admin.token, { email: subject.email, kind: "login", result: "failure" });
    expect(failures.body.data).toHaveLength(3);
    const mine = await list(admin.token, { userId: subject.id, kind: "login" });
    expect(mine.body.data).toMatchObject([{ result: "success", user: { id: subject.id, email: subject.email } }]);
    const future = await list(admin.token, { email: subject.email, from: new Date(Date.now() + 60_000).toISOString() });
    expect(future.body.data).toEqual([]);
    const past = await list(admin.token, { email: subject.email, to: "2020-01-01" });
    expect(past.body.data).toEqual([]);
  });

  it("pages newest first with a cursor, without gaps or repeats", async () => {
    const first = await list(admin.token, { email: subject.email, limit: "2" });
    expect(first.body.meta).toMatchObject({ limit: 2, nextCursor: first.body.data[1].id });
    const second = await list(admin.token, { email: subject.email, limit: "2", cursor: first.body.meta.nextCursor });
    const third = await list(admin.token, { email: subject.email, limit: "2", cursor: second.body.meta.nextCursor });
    expect(third.body.meta.nextCursor).toBeNull();
    const paged = [...first.body.data, ...second.body.data, ...third.body.data].map((e: any) => e.id);
    const whole = (await list(admin.token, { email: subject.email })).body.data;
    expect(paged).toEqual(whole.map((e: any) => e.id));
    const times = whole.map((e: any) => Date.parse(e.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("answers 400 naming the field for a bad filter", async () => {
    const res = await list(admin.token, { kind: "tidak-ada", from: "kemarin" });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields.map((f: any) => f.path).sort()).toEqual(["query.from", "query.kind"]);
  });

  it("serves the admin page, and the not-found page to anyone else", async () => {
    const adminBrowser = await login(baseUrl, admin.email, admin.password);
    const page = await fetch(`${baseUrl}/admin/security-events?kind=login`, { headers: { cookie: adminBrowser.cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Peristiwa keamanan");
    expect(html).toContain("<caption");
    const other = await login(baseUrl, subject.email, subject.password);
    expect((await fetch(`${baseUrl}/admin/security-events`, { headers: { cookie: other.cookie } })).status).toBe(404);
  });
});

describe("insert-only in the database", () => {
  const sql = (statement: string) =>
    query(databaseUrl, statement).then(
      () => "ok",
      (e: Error) => e.message,
    );

  it("refuses UPDATE, DELETE and TRUNCATE, whoever sends them", async () => {
    expect(await sql(`UPDATE "SecurityEvent" SET result = 'success'`)).toMatch(/hanya dapat ditambah \(UPDATE ditolak\)/);
    expect(await sql(`DELETE FROM "SecurityEvent"`)).toMatch(/DELETE ditolak/);
    expect(await sql(`TRUNCATE "SecurityEvent"`)).toMatch(/TRUNCATE ditolak/);
    // The purge's flag set by hand does not open recent rows either.
    expect(await sql(`BEGIN; SET LOCAL rab.security_event_purge = 'on'; DELETE FROM "SecurityEvent"; COMMIT`)).toMatch(/DELETE ditolak/);
  });

  it("lets the retention purge remove only rows older than the retention", async () => {
    const marker = `purge-${Date.now()}`;
    await query(
      databaseUrl,
      `INSERT INTO "SecurityEvent" (id, "createdAt", kind, result, detail) VALUES
         (gen_random_uuid(), now() - interval '400 days', 'login', 'failure', jsonb_build_object('marker', $1::text)),
         (gen_random_uuid(), now() - interval '10 days', 'login', 'failure', jsonb_build_object('marker', $1::text))`,
      [marker],
    );
    await query(databaseUrl, `SELECT purge_security_events(365)`);
    const left = await query<{ age: number }>(
      databaseUrl,
      `SELECT extract(day FROM now() - "createdAt")::int AS age FROM "SecurityEvent" WHERE detail->>'marker' = $1`,
      [marker],
    );
    expect(left.map((r) => r.age)).toEqual([10]);
    expect(await sql(`SELECT purge_security_events(0)`)).toMatch(/minimal 1/);
  });
});
