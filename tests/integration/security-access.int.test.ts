// Security suite, access control (ASVS 8.2.2): every /api/v1 route refuses a caller without
// valid credentials. The route list comes from the route files (tests/support/api-routes.ts),
// so a new route fails the first test until ACCESS (tests/support/access.ts) says whether it is
// public and, for a project's route, which role it needs (the role matrix: security-roles).
// Another user's project and nested foreign ids (404) are rab-access.int.test.ts and
// jadwal.int.test.ts; this file adds mismatched parents inside one's own project.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { concretePath, declaredApiRoutes, missingRows } from "../support/api-routes";
import { ACCESS, projectNeed } from "../support/access";
import { rabClient } from "../support/rab";
import { login, logout } from "../support/session";

const baseUrl = inject("baseUrl");
const { call, newUser, ok, newProject, newSection, newPekerjaan } = rabClient(baseUrl);

const declared = declaredApiRoutes();
const protectedRoutes = declared.filter((r) => ACCESS[r.key] !== "public" && ACCESS[r.key] !== "unknown");
const publicRoutes = declared.filter((r) => ACCESS[r.key] === "public");
const unknownPaths = declared.filter((r) => ACCESS[r.key] === "unknown");

/** A request with a body where the method takes one, so that an empty body is never what answers. */
function send(r: (typeof declared)[number], headers: Record<string, string> = {}, token?: string) {
  const json = r.method === "GET" || r.method === "DELETE" ? undefined : {};
  return call(concretePath(r.pattern), { method: r.method, json, token, headers });
}

function expectUnauthenticated(res: { status: number; body: any; headers: Headers }) {
  expect([res.status, res.body?.error?.code]).toEqual([401, "UNAUTHENTICATED"]);
  expect(res.body.error.requestId).toBe(res.headers.get("x-request-id"));
}

describe("the route table", () => {
  it("classifies every route declared under app/api/v1", () => {
    const missing = missingRows(declared, ACCESS);
    expect(missing, `add a row for each of these routes to ACCESS in tests/support/access.ts: ${missing.join(", ")}`).toEqual([]);
  });

  it("names the role needed for exactly the routes of one project", () => {
    const wrong = declared.filter((r) => r.pattern.startsWith("/projects/[projectId]") !== (projectNeed(r.key) !== null));
    expect(
      wrong.map((r) => `${r.key}: ${ACCESS[r.key]}`),
      "a route under /projects/[projectId] needs view, edit or own",
    ).toEqual([]);
  });

  it("has no rows for routes that no longer exist", () => {
    const keys = new Set(declared.map((r) => r.key));
    expect(Object.keys(ACCESS).filter((k) => !keys.has(k))).toEqual([]);
  });
});

describe("callers without valid credentials", () => {
  let revokedToken: string;
  let loggedOutCookie: string;

  beforeAll(async () => {
    const user = await newUser("revoked");
    const [token] = await ok(user.token, "/api/v1/me/tokens");
    await ok(user.token, `/api/v1/me/tokens/${token.id}`, { method: "DELETE" });
    revokedToken = user.token;
    const browser = await login(baseUrl, user.email, user.password);
    await logout(baseUrl, browser.cookie);
    loggedOutCookie = browser.cookie;
  });

  it.each(protectedRoutes.map((r) => [r.key, r] as const))("%s without credentials answers 401", async (_key, r) => {
    expectUnauthenticated(await send(r));
  });

  it.each(protectedRoutes.map((r) => [r.key, r] as const))("%s with a revoked token answers 401", async (_key, r) => {
    expectUnauthenticated(await send(r, {}, revokedToken));
  });

  it.each(protectedRoutes.map((r) => [r.key, r] as const))("%s with a logged-out session cookie answers 401", async (_key, r) => {
    expectUnauthenticated(await send(r, { cookie: loggedOutCookie, origin: baseUrl }));
  });

  it.each(declared.map((r) => [r.key, r] as const))("%s with a forged bearer token answers 401", async (_key, r) => {
    // A bearer header that does not verify is refused outright, on public routes too.
    expectUnauthenticated(await send(r, { authorization: "Bearer rab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }));
  });

  it.each(publicRoutes.map((r) => [r.key, r] as const))("%s is reachable without credentials", async (_key, r) => {
    const res = await send(r);
    expect([res.status, res.body.error?.code]).toEqual([400, "VALIDATION_ERROR"]);
  });

  it.each(unknownPaths.map((r) => [r.method, r] as const))("%s of a path no route claims answers the envelope's 404", async (method) => {
    for (const path of ["/api/v1/nope", "/api/v1/projects/x/y/z", `/api/v1/me/${"a/".repeat(20)}`]) {
      const res = await call(path, { method, json: method === "GET" || method === "DELETE" ? undefined : {} });
      expect([res.status, res.body.error?.code, res.headers.get("content-type")]).toEqual([
        404,
        "NOT_FOUND",
        "application/json; charset=utf-8",
      ]);
    }
  });
});

describe("ids whose parent in the path is another one of the same project", () => {
  let token: string;
  let projectId: string;
  let a: { klasifikasiId: string; subKlasifikasiId: string };
  let b: { klasifikasiId: string; subKlasifikasiId: string };

  beforeAll(async () => {
    token = (await newUser("parents")).token;
    projectId = await newProject(token);
    a = await newSection(token, projectId, "Struktur");
    b = await newSection(token, projectId, "Arsitektur");
    await newPekerjaan(token, projectId, a.subKlasifikasiId, { uraian: "Galian" });
  });

  it.each([
    ["PATCH", { name: "Dipindah" }],
    ["DELETE", undefined],
  ] as const)("%s of a sub-klasifikasi under the wrong klasifikasi answers 404 and changes nothing", async (method, json) => {
    const res = await call(`/api/v1/projects/${projectId}/klasifikasi/${b.klasifikasiId}/sub-klasifikasi/${a.subKlasifikasiId}`, {
      method,
      token,
      json,
    });
    expect([res.status, res.body.error.code]).toEqual([404, "NOT_FOUND"]);
    const tree = await ok(token, `/api/v1/projects/${projectId}/tree`);
    const struktur = tree.klasifikasi.find((k: { id: string }) => k.id === a.klasifikasiId);
    expect(struktur.subKlasifikasi.map((s: { id: string; name: string }) => [s.id, s.name])).toEqual([
      [a.subKlasifikasiId, "Struktur - umum"],
    ]);
    expect(struktur.subKlasifikasi[0].pekerjaan).toHaveLength(1);
  });
});
