import { describe, expect, inject, it } from "vitest";
import pg from "pg";
import { apiClient } from "../support/api";

const { call, newUser } = apiClient(inject("baseUrl"));

describe("register", () => {
  it("creates a user without exposing the hash, trimming and lower-casing the email", async () => {
    const email = `  Budi.${Date.now()}@Contoh.CO.id `;
    const res = await call("/api/v1/auth/register", { json: { email, password: "rahasia-123", name: " Budi " } });
    expect(res.status).toBe(201);
    expect(res.body.ok).toBe(true);
    expect(res.body.data.email).toBe(email.trim().toLowerCase());
    expect(res.body.data.name).toBe("Budi");
    expect(res.body.data).not.toHaveProperty("passwordHash");
    expect(JSON.stringify(res.body)).not.toMatch(/argon2/);
  });

  it("answers 409 for a duplicate email regardless of case", async () => {
    const user = await newUser("dup");
    const res = await call("/api/v1/auth/register", {
      json: { email: user.email.toUpperCase(), password: "another-pass", name: "X" },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("CONFLICT");
  });

  it("says which rule a short password breaks", async () => {
    const res = await call("/api/v1/auth/register", { json: { email: "short@test.local", password: "1234567", name: "X" } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION_ERROR");
    expect(res.body.error.details.fields).toContainEqual({ path: "password", message: "Kata sandi minimal 8 karakter." });
  });

  it("lists every invalid field with its path", async () => {
    const res = await call("/api/v1/auth/register", { json: { email: "bukan-email", password: 5 } });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(["email", "name", "password"]);
  });
});

describe("token exchange and bearer auth", () => {
  it("exchanges credentials for a token that authenticates /me", async () => {
    const user = await newUser("bearer");
    const me = await call("/api/v1/me", { token: user.token });
    expect(me.status).toBe(200);
    expect(me.body.data).toEqual({ id: user.id, email: user.email, name: "Uji bearer" });
    expect(me.headers.get("cache-control")).toBe("private, no-store");
    expect(me.headers.get("x-request-id")).toBeTruthy();
  });

  it("answers the documented token shape", async () => {
    const user = await newUser("shape");
    const res = await call("/api/v1/auth/tokens", { json: { email: user.email, password: user.password, name: "ci" } });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body.data).sort()).toEqual(["createdAt", "id", "name", "token"]);
    expect(res.body.data.token).toMatch(/^rab_/);
  });

  it("gives the same error for a wrong password and an unknown email", async () => {
    const user = await newUser("enum");
    const wrongPassword = await call("/api/v1/auth/tokens", { json: { email: user.email, password: "salah-salah", name: "x" } });
    const unknownEmail = await call("/api/v1/auth/tokens", { json: { email: "nobody@test.local", password: "salah-salah", name: "x" } });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body.error.message).toBe(unknownEmail.body.error.message);
  });

  it("stores only a hash of the token", async () => {
    const user = await newUser("hash");
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    const { rows } = await client.query(`SELECT "tokenHash" FROM "ApiToken" WHERE "userId" = $1`, [user.id]);
    await client.end();
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].tokenHash).not.toContain(user.token);
  });

  it("refuses a revoked token", async () => {
    const user = await newUser("revoke");
    const list = await call("/api/v1/me/tokens", { token: user.token });
    expect(list.body.data).toHaveLength(1);
    const revoke = await call(`/api/v1/me/tokens/${list.body.data[0].id}`, { method: "DELETE", token: user.token });
    expect(revoke.status).toBe(200);
    const me = await call("/api/v1/me", { token: user.token });
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe("UNAUTHENTICATED");
  });

  it("cannot revoke another user's token", async () => {
    const owner = await newUser("owner");
    const other = await newUser("other");
    const list = await call("/api/v1/me/tokens", { token: owner.token });
    const res = await call(`/api/v1/me/tokens/${list.body.data[0].id}`, { method: "DELETE", token: other.token });
    expect(res.status).toBe(404);
    expect((await call("/api/v1/me", { token: owner.token })).status).toBe(200);
  });

  it("answers 401 without auth and with a garbage token", async () => {
    expect((await call("/api/v1/me")).status).toBe(401);
    const garbage = await call("/api/v1/me", { token: "rab_not-a-real-token" });
    expect(garbage.status).toBe(401);
    expect(garbage.body).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
  });
});
