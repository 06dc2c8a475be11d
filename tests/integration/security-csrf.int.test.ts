// Security suite, CSRF: with a live cookie session, every write route (from the route files)
// refuses what another site can make a browser send - form posts, text/plain JSON, an opaque
// "null" origin, a sibling site - with 403, before touching anything. csrf.int.test.ts has
// the rules on one route (same-origin JSON accepted, 415 without JSON, bearer exempt); this
// runs them over all routes, and over next-auth's own login and logout.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { declaredApiRoutes, WRITE_METHODS } from "../support/api-routes";
import { rabClient } from "../support/rab";
import { pathFor, projectSnapshot, type SampleIds, sampleIds, WRITE_BODIES } from "../support/security";
import { csrfToken, login } from "../support/session";

const baseUrl = inject("baseUrl");
const rab = rabClient(baseUrl);
const { call, newUser, ok } = rab;

const writeRoutes = declaredApiRoutes().filter((r) => WRITE_METHODS.includes(r.method));

/** What a page on another site can make the browser send, cookies attached. */
const CROSS_SITE: [name: string, headers: Record<string, string>, body: (json: string) => string][] = [
  [
    "an HTML form post",
    { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    () => "name=x&email=a%40b.c",
  ],
  [
    "a text/plain form carrying JSON",
    { "content-type": "text/plain", origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    (json) => json,
  ],
  [
    "a multipart form",
    { "content-type": "multipart/form-data; boundary=b", origin: "https://evil.example" },
    () => '--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--b--\r\n',
  ],
  ["a JSON fetch from another origin", { "content-type": "application/json", origin: "https://evil.example" }, (json) => json],
  ["a post from a sandboxed frame (Origin: null)", { "content-type": "application/json", origin: "null" }, (json) => json],
  ["a post from a sibling site", { "content-type": "application/json", "sec-fetch-site": "same-site" }, (json) => json],
  [
    "a post on the app's host under another scheme",
    { "content-type": "application/json", origin: baseUrl.replace("http:", "https:") },
    (json) => json,
  ],
];

let user: Awaited<ReturnType<typeof newUser>>;
let ids: SampleIds;
let cookie: string;

beforeAll(async () => {
  user = await newUser("csrf-all");
  ids = await sampleIds(rab, user);
  cookie = (await login(baseUrl, user.email, user.password)).cookie;
});

/** The victim's data as the victim sees it. */
async function state() {
  const [project, projects, tokens, templates] = await Promise.all([
    projectSnapshot(rab, user.token, ids.projectId),
    ok(user.token, "/api/v1/projects?pageSize=100&archived=true").then(async (archived) => [
      archived,
      await ok(user.token, "/api/v1/projects?pageSize=100"),
    ]),
    ok(user.token, "/api/v1/me/tokens").then((list: { id: string; name: string }[]) => list.map((t) => [t.id, t.name])),
    ok(user.token, "/api/v1/templates"),
  ]);
  return { project, projects, tokens, templates };
}

describe("cross-site writes with a cookie session", () => {
  let before: Awaited<ReturnType<typeof state>>;
  beforeAll(async () => {
    before = await state();
  });

  it.each(writeRoutes.map((r) => [r.key, r] as const))("%s answers 403 to every cross-site form of request", async (_key, r) => {
    const sample = WRITE_BODIES[r.key];
    const json = JSON.stringify(typeof sample === "function" ? sample(ids) : {});
    for (const [name, headers, body] of CROSS_SITE) {
      const res = await call(pathFor(r.pattern, ids), { method: r.method, body: body(json), headers: { ...headers, cookie } });
      expect([res.status, res.body.error?.code], name).toEqual([403, "FORBIDDEN"]);
      expect(res.body.error.message, name).toBe("Permintaan lintas situs ditolak.");
    }
  });

  it("changed nothing, and the session is still alive", async () => {
    expect(await state()).toEqual(before);
    expect((await call("/api/v1/me", { headers: { cookie } })).status).toBe(200);
  });

  it("the same session writes from the app's own pages (so the 403s above were about the origin)", async () => {
    const res = await call(pathFor("/projects/[projectId]/klasifikasi", ids), {
      json: { name: "Dari aplikasi" },
      headers: { cookie, origin: baseUrl, "sec-fetch-site": "same-origin" },
    });
    expect(res.status).toBe(201);
  });
});

describe("next-auth's own forms", () => {
  it("a cross-site logout without next-auth's CSRF token does not end the session", async () => {
    const victim = await newUser("logout-csrf");
    const browser = await login(baseUrl, victim.email, victim.password);
    const res = await fetch(`${baseUrl}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: browser.cookie,
        origin: "https://evil.example",
        "sec-fetch-site": "cross-site",
      },
      body: new URLSearchParams({ callbackUrl: "https://evil.example" }),
    });
    expect(res.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="))).toBe(false);
    expect((await call("/api/v1/me", { headers: { cookie: browser.cookie } })).status).toBe(200);
  });

  it("a cross-site login into the attacker's account (login CSRF) sets no session", async () => {
    const attacker = await newUser("login-csrf");
    // The victim's browser holds its own next-auth CSRF cookie, but the attacker's page cannot read its token.
    const victimBrowser = await csrfToken(baseUrl, "");
    const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: victimBrowser.cookie,
        origin: "https://evil.example",
        "sec-fetch-site": "cross-site",
      },
      body: new URLSearchParams({ email: attacker.email, password: attacker.password, csrfToken: "tebakan" }),
    });
    expect(res.headers.getSetCookie().some((c) => /session-token=/.test(c))).toBe(false);
  });

  it("next-auth never redirects to another site after sign-in", async () => {
    const user = await newUser("open-redirect");
    const csrf = await csrfToken(baseUrl, "");
    const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie, origin: baseUrl },
      body: new URLSearchParams({
        csrfToken: csrf.token,
        email: user.email,
        password: user.password,
        callbackUrl: "https://evil.example/phish",
      }),
    });
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get("location")!).origin).toBe(baseUrl);
  });
});
