// Security suite, access control (ASVS 8.2.2): every /api/v1 route refuses a caller without
// valid credentials. The route list comes from the route files (tests/support/api-routes.ts),
// so a new route fails the first test until ACCESS says whether it is public.
// Another user's project and nested foreign ids (404) are rab-access.int.test.ts and
// jadwal.int.test.ts; this file adds mismatched parents inside one's own project.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { concretePath, declaredApiRoutes, missingRows } from "../support/api-routes";
import { rabClient } from "../support/rab";
import { login, logout } from "../support/session";

const baseUrl = inject("baseUrl");
const { call, newUser, ok, newProject, newSection, newPekerjaan } = rabClient(baseUrl);

/**
 * Who may call each route: "user" needs a session or bearer token, "public" is reachable
 * without one (and then answers for itself, e.g. 400 for an empty body), "unknown" is the
 * catch-all that answers 404 for any path no other route claims.
 */
const ACCESS: Record<string, "user" | "public" | "unknown"> = {
  "GET /[...path]": "unknown",
  "POST /[...path]": "unknown",
  "PUT /[...path]": "unknown",
  "PATCH /[...path]": "unknown",
  "DELETE /[...path]": "unknown",
  "GET /admin/security-events": "user",
  "GET /ahsp": "user",
  "GET /ahsp/[id]": "user",
  "GET /ahsp/editions": "user",
  "POST /ahsp/import": "user",
  "POST /auth/register": "public",
  "POST /auth/tokens": "public",
  "GET /diagnostics/error": "user",
  "GET /diagnostics/slow": "user",
  "GET /me": "user",
  "POST /me/password": "user",
  "GET /me/tokens": "user",
  "POST /me/tokens": "user",
  "DELETE /me/tokens/[tokenId]": "user",
  "GET /projects": "user",
  "POST /projects": "user",
  "GET /projects/[projectId]": "user",
  "PATCH /projects/[projectId]": "user",
  "DELETE /projects/[projectId]": "user",
  "GET /projects/[projectId]/audit": "user",
  "GET /projects/[projectId]/harga-items": "user",
  "PATCH /projects/[projectId]/harga-items": "user",
  "PATCH /projects/[projectId]/harga-items/[hargaItemId]": "user",
  "DELETE /projects/[projectId]/harga-items/[hargaItemId]": "user",
  "POST /projects/[projectId]/klasifikasi": "user",
  "PATCH /projects/[projectId]/klasifikasi/[klasifikasiId]": "user",
  "DELETE /projects/[projectId]/klasifikasi/[klasifikasiId]": "user",
  "POST /projects/[projectId]/klasifikasi/[klasifikasiId]/sub-klasifikasi": "user",
  "PATCH /projects/[projectId]/klasifikasi/[klasifikasiId]/sub-klasifikasi/[subKlasifikasiId]": "user",
  "DELETE /projects/[projectId]/klasifikasi/[klasifikasiId]/sub-klasifikasi/[subKlasifikasiId]": "user",
  "GET /projects/[projectId]/kurva-s": "user",
  "GET /projects/[projectId]/parameters": "user",
  "POST /projects/[projectId]/parameters": "user",
  "PATCH /projects/[projectId]/parameters/[parameterId]": "user",
  "DELETE /projects/[projectId]/parameters/[parameterId]": "user",
  "POST /projects/[projectId]/pekerjaan": "user",
  "GET /projects/[projectId]/pekerjaan/[pekerjaanId]": "user",
  "PATCH /projects/[projectId]/pekerjaan/[pekerjaanId]": "user",
  "DELETE /projects/[projectId]/pekerjaan/[pekerjaanId]": "user",
  "POST /projects/[projectId]/pekerjaan/[pekerjaanId]/convert": "user",
  "PUT /projects/[projectId]/pekerjaan/[pekerjaanId]/lines": "user",
  "PUT /projects/[projectId]/pekerjaan/[pekerjaanId]/volume": "user",
  "PATCH /projects/[projectId]/pricing": "user",
  "GET /projects/[projectId]/rekap-kebutuhan": "user",
  "GET /projects/[projectId]/rekap-rab": "user",
  "POST /projects/[projectId]/restore": "user",
  "GET /projects/[projectId]/rincian-ahsp/[pekerjaanId]": "user",
  "GET /projects/[projectId]/jadwal": "user",
  "POST /projects/[projectId]/jadwal/clear": "user",
  "PUT /projects/[projectId]/jadwal/entries": "user",
  "POST /projects/[projectId]/jadwal/remap-preview": "user",
  "POST /projects/[projectId]/jadwal/spread": "user",
  // Deprecated aliases of …/jadwal (README, "Deprecated names"): the same handlers.
  "GET /projects/[projectId]/schedule": "user",
  "POST /projects/[projectId]/schedule/clear": "user",
  "PUT /projects/[projectId]/schedule/entries": "user",
  "POST /projects/[projectId]/schedule/remap-preview": "user",
  "POST /projects/[projectId]/schedule/spread": "user",
  "PUT /projects/[projectId]/volumes": "user",
  "GET /projects/[projectId]/tree": "user",
  "GET /projects/[projectId]/exports/[file]": "user",
  "POST /projects/[projectId]/copy": "user",
  "POST /projects/[projectId]/batch-copy": "user",
  "POST /projects/import": "user",
  "POST /projects/[projectId]/harga-items/import": "user",
  "POST /projects/[projectId]/templates": "user",
  "POST /projects/[projectId]/apply-template": "user",
  "GET /templates": "user",
  "GET /templates/[templateId]": "user",
  "PATCH /templates/[templateId]": "user",
  "DELETE /templates/[templateId]": "user",
};

const declared = declaredApiRoutes();
const protectedRoutes = declared.filter((r) => ACCESS[r.key] === "user");
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
    expect(
      missing,
      `add a row for each of these routes to ACCESS in tests/integration/security-access.int.test.ts: ${missing.join(", ")}`,
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
