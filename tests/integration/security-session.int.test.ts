// Security suite, sessions and cookies. session.int.test.ts has the basics (HttpOnly and
// SameSite on the session cookie, logout and password change end sessions for the API, the
// CSRF cookie behind https); this adds:
// - every auth cookie's attributes, on http and on an https deployment, where the session
//   cookie itself is __Secure- and Secure and still authenticates. `Secure` follows the scheme
//   of NEXTAUTH_URL (next-auth's useSecureCookies): on a plain-http origin browsers would
//   refuse a Secure cookie, so the test server (production build, http://localhost) sets none;
// - ended and expired sessions lose the pages too, not only the API; ending one session
//   leaves the user's others alone;
// - forged, tampered and foreign-secret cookies are a 401, never a 500.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { encode } from "next-auth/jwt";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/sessions";
import { apiClient } from "../support/api";
import { query } from "../support/database";
import { csrfToken, login, logout } from "../support/session";
import { startServer, TEST_SECRET, type RunningServer } from "../support/server";

const baseUrl = inject("baseUrl");
const { call, newUser } = apiClient(baseUrl);

/** Attributes of a Set-Cookie line, lower-cased names. */
function attributes(setCookie: string): Map<string, string> {
  const [, ...parts] = setCookie.split(";").map((p) => p.trim());
  return new Map(parts.map((p) => [p.split("=")[0]!.toLowerCase(), p.split("=").slice(1).join("=")]));
}

function sessionValue(cookie: string): string {
  return /next-auth\.session-token=([^;]+)/.exec(cookie)![1]!;
}

/** Where a page sends a request: the login page, or nowhere (200). */
async function pageOutcome(path: string, cookie: string): Promise<string> {
  const res = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
  if (res.status >= 300 && res.status < 400) return `redirect ${new URL(res.headers.get("location")!, baseUrl).pathname}`;
  return String(res.status);
}

describe("cookies on the http test deployment", () => {
  it("every cookie next-auth sets is HttpOnly, SameSite=Lax, Path=/, and the session lives at most its max age", async () => {
    const user = await newUser("cookies");
    const csrf = await csrfToken(baseUrl, "");
    const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie, origin: baseUrl },
      body: new URLSearchParams({ csrfToken: csrf.token, email: user.email, password: user.password, callbackUrl: `${baseUrl}/dashboard` }),
    });
    const all = [...csrf.setCookies, ...res.headers.getSetCookie()];
    expect([...new Set(all.map((c) => c.split("=")[0]))].sort()).toEqual([
      "next-auth.callback-url",
      "next-auth.csrf-token",
      "next-auth.session-token",
    ]);
    for (const line of all) {
      const a = attributes(line);
      expect(a.has("httponly"), line).toBe(true);
      expect(a.get("samesite")?.toLowerCase(), line).toBe("lax");
      expect(a.get("path"), line).toBe("/");
      expect(a.has("domain"), line).toBe(false);
      expect(a.has("secure"), `${line}: http origin, no Secure`).toBe(false);
    }
    const session = attributes(all.find((c) => c.startsWith("next-auth.session-token="))!);
    const expires = Date.parse(session.get("expires")!);
    expect(expires).toBeGreaterThan(Date.now());
    expect(expires).toBeLessThanOrEqual(Date.now() + SESSION_MAX_AGE_SECONDS * 1000 + 5000);
  });
});

describe("cookies on an https deployment", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(3145, {
      DATABASE_URL: inject("databaseUrl"),
      REDIS_URL: inject("redisUrl"),
      NEXTAUTH_URL: "https://rab.example.go.id",
    });
  });
  afterAll(() => server?.stop());

  it("sets the session cookie __Secure-, Secure, HttpOnly, SameSite=Lax, and it authenticates", async () => {
    const user = await newUser("https");
    const csrf = await csrfToken(server.url, "");
    const res = await fetch(`${server.url}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie, origin: "https://rab.example.go.id" },
      body: new URLSearchParams({ csrfToken: csrf.token, email: user.email, password: user.password, json: "true" }),
    });
    const lines = [...csrf.setCookies, ...res.headers.getSetCookie()];
    const session = lines.find((c) => c.startsWith("__Secure-next-auth.session-token="));
    expect(session, lines.join("\n")).toBeDefined();
    for (const line of lines) {
      const a = attributes(line);
      expect(a.has("secure"), line).toBe(true);
      expect(a.has("httponly"), line).toBe(true);
      expect(a.get("samesite")?.toLowerCase(), line).toBe("lax");
      expect(line, "only __Host- or __Secure- names on https").toMatch(/^__(Host|Secure)-/);
    }
    const cookie = session!.split(";")[0]!;
    const me = await apiClient(server.url).call("/api/v1/me", { headers: { cookie } });
    expect([me.status, me.body.data?.email]).toEqual([200, user.email]);
  });
});

describe("ended sessions", () => {
  it("logout expires the cookie in the browser and ends the session on the server, pages included", async () => {
    const user = await newUser("logout-pages");
    const browser = await login(baseUrl, user.email, user.password);
    expect(await pageOutcome("/dashboard", browser.cookie)).toBe("200");

    const csrf = await csrfToken(baseUrl, browser.cookie);
    const res = await fetch(`${baseUrl}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie, origin: baseUrl },
      body: new URLSearchParams({ csrfToken: csrf.token, json: "true" }),
    });
    const cleared = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="))!;
    expect(attributes(cleared).get("max-age") === "0" || Date.parse(attributes(cleared).get("expires") ?? "") < Date.now()).toBe(true);

    // A copy of the old cookie (a stolen one, or a browser that ignored the expiry) is dead.
    expect((await call("/api/v1/me", { headers: { cookie: browser.cookie } })).status).toBe(401);
    expect(await pageOutcome("/dashboard", browser.cookie)).toBe("redirect /login");
  });

  it("logging out one browser leaves the user's other sessions and tokens alone", async () => {
    const user = await newUser("two-browsers");
    const a = await login(baseUrl, user.email, user.password);
    const b = await login(baseUrl, user.email, user.password);
    expect(sessionValue(a.cookie)).not.toBe(sessionValue(b.cookie));
    await logout(baseUrl, a.cookie);
    expect((await call("/api/v1/me", { headers: { cookie: a.cookie } })).status).toBe(401);
    expect((await call("/api/v1/me", { headers: { cookie: b.cookie } })).status).toBe(200);
    expect((await call("/api/v1/me", { token: user.token })).status).toBe(200);
  });

  it("a password change signs other browsers out of the pages too", async () => {
    const user = await newUser("pw-pages");
    const other = await login(baseUrl, user.email, user.password);
    const res = await call("/api/v1/me/password", {
      token: user.token,
      json: { currentPassword: user.password, newPassword: "kata-sandi-baru-7" },
    });
    expect(res.status).toBe(200);
    expect(await pageOutcome("/dashboard", other.cookie)).toBe("redirect /login");
  });

  it("a session past its server-side expiry is dead even though its cookie is still valid", async () => {
    const user = await newUser("expired");
    const browser = await login(baseUrl, user.email, user.password);
    await query(inject("databaseUrl"), `UPDATE "Session" SET "expiresAt" = now() - interval '1 second' WHERE "userId" = $1`, [user.id]);
    expect((await call("/api/v1/me", { headers: { cookie: browser.cookie } })).status).toBe(401);
    expect(await pageOutcome("/dashboard", browser.cookie)).toBe("redirect /login");
  });
});

describe("forged session cookies", () => {
  let user: Awaited<ReturnType<typeof newUser>>;
  let genuine: string;
  beforeAll(async () => {
    user = await newUser("forged");
    genuine = sessionValue((await login(baseUrl, user.email, user.password)).cookie);
  });

  const forgeries: [string, () => Promise<string>][] = [
    ["a tampered character", async () => genuine.slice(0, 40) + (genuine[40] === "A" ? "B" : "A") + genuine.slice(41)],
    ["a truncated token", async () => genuine.slice(0, genuine.length - 10)],
    ["garbage", async () => "x".repeat(4000)],
    ["an unsigned JWT (alg none)", async () => `${b64({ alg: "none", typ: "JWT" })}.${b64({ sub: user.id, sid: crypto.randomUUID() })}.`],
    // Well-formed and encrypted, but with another secret: what an attacker could make.
    [
      "a token sealed with another secret",
      () => encode({ token: { sub: user.id, sid: crypto.randomUUID() }, secret: "another-secret-0123456789abcdef-xyz" }),
    ],
    // Sealed with the right secret but naming a session that was never opened.
    ["a token for a session that does not exist", () => encode({ token: { sub: user.id, sid: crypto.randomUUID() }, secret: TEST_SECRET })],
  ];

  it.each(forgeries)("%s is a 401 on the API and the login page for the pages", async (_name, forge) => {
    const cookie = `next-auth.session-token=${await forge()}`;
    const me = await call("/api/v1/me", { headers: { cookie } });
    expect([me.status, me.body.error?.code]).toEqual([401, "UNAUTHENTICATED"]);
    const write = await call("/api/v1/projects", { headers: { cookie, origin: baseUrl }, json: { name: "x" } });
    expect(write.status).toBe(401);
    expect(await pageOutcome("/dashboard", cookie)).toBe("redirect /login");
  });

  it("the genuine cookie still works (so the forgeries above failed for the right reason)", async () => {
    expect((await call("/api/v1/me", { headers: { cookie: `next-auth.session-token=${genuine}` } })).status).toBe(200);
  });
});

function b64(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}
