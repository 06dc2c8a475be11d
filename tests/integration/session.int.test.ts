import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiClient } from "../support/api";
import { csrfToken, login, logout } from "../support/session";
import { startServer, type RunningServer } from "../support/server";

const baseUrl = inject("baseUrl");
const { call, newUser } = apiClient(baseUrl);

describe("browser sessions", () => {
  it("set the session cookie HttpOnly and SameSite=Lax", async () => {
    const user = await newUser("cookie");
    const { sessionSetCookie } = await login(baseUrl, user.email, user.password);
    expect(sessionSetCookie).toMatch(/HttpOnly/i);
    expect(sessionSetCookie).toMatch(/SameSite=Lax/i);
  });

  it("end on logout: the old cookie no longer authenticates", async () => {
    const user = await newUser("logout");
    const { cookie } = await login(baseUrl, user.email, user.password);
    expect((await call("/api/v1/me", { headers: { cookie } })).status).toBe(200);
    await logout(baseUrl, cookie);
    expect((await call("/api/v1/me", { headers: { cookie } })).status).toBe(401);
  });
});

describe("password change", () => {
  it("revokes every other session and token, keeps the caller's, and swaps the password", async () => {
    const user = await newUser("pwchange");
    const other = await call("/api/v1/auth/tokens", { json: { email: user.email, password: user.password, name: "other" } });
    const browserA = await login(baseUrl, user.email, user.password);
    const browserB = await login(baseUrl, user.email, user.password);

    const res = await call("/api/v1/me/password", {
      token: user.token,
      json: { currentPassword: user.password, newPassword: "kata-sandi-baru-1" },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ revokedSessions: 2, revokedTokens: 1 });

    expect((await call("/api/v1/me", { token: user.token })).status).toBe(200);
    expect((await call("/api/v1/me", { token: other.body.data.token })).status).toBe(401);
    expect((await call("/api/v1/me", { headers: { cookie: browserA.cookie } })).status).toBe(401);
    expect((await call("/api/v1/me", { headers: { cookie: browserB.cookie } })).status).toBe(401);

    const oldPassword = await call("/api/v1/auth/tokens", { json: { email: user.email, password: user.password, name: "x" } });
    expect(oldPassword.status).toBe(401);
    const newPassword = await call("/api/v1/auth/tokens", { json: { email: user.email, password: "kata-sandi-baru-1", name: "x" } });
    expect(newPassword.status).toBe(201);
  });

  it("keeps the changing browser signed in", async () => {
    const user = await newUser("pwkeep");
    const browser = await login(baseUrl, user.email, user.password);
    const res = await call("/api/v1/me/password", {
      json: { currentPassword: user.password, newPassword: "kata-sandi-baru-2" },
      headers: { cookie: browser.cookie, origin: baseUrl },
    });
    expect(res.status).toBe(200);
    expect((await call("/api/v1/me", { headers: { cookie: browser.cookie } })).status).toBe(200);
    expect((await call("/api/v1/me", { token: user.token })).status).toBe(401);
  });

  it("refuses a wrong current password with the field named, changing nothing", async () => {
    const user = await newUser("pwwrong");
    const res = await call("/api/v1/me/password", {
      token: user.token,
      json: { currentPassword: "salah-sekali", newPassword: "kata-sandi-baru-3" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toEqual([{ path: "currentPassword", message: "Kata sandi saat ini salah." }]);
    expect((await call("/api/v1/me", { token: user.token })).status).toBe(200);
  });
});

describe("cookies behind https in production", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(3185, {
      DATABASE_URL: inject("databaseUrl"),
      REDIS_URL: inject("redisUrl"),
      NEXTAUTH_URL: "https://rab.example.go.id",
    });
  });
  afterAll(() => server?.stop());

  it("marks next-auth's cookies Secure with the __Host- prefix", async () => {
    const { setCookies } = await csrfToken(server.url, "");
    const csrf = setCookies.find((c) => c.includes("csrf-token"));
    expect(csrf).toMatch(/^__Host-next-auth\.csrf-token=/);
    expect(csrf).toMatch(/;\s*Secure/i);
    expect(csrf).toMatch(/HttpOnly/i);
  });
});
