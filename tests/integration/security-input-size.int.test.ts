// Security suite, input size: bodies over the JSON limit get 413 before they are read (declared
// or streamed), 10,000-row PUTs and 1 MB strings get 400 or 413, the server keeps answering
// at once, and nothing is written.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { MAX_AUTH_BODY_BYTES } from "@/lib/rate-limit/policy";
import { MAX_BACKUP_BYTES } from "@/lib/snapshot/limits";
import { declaredApiRoutes } from "../support/api-routes";
import { rabClient } from "../support/rab";
import { expectSafeError, pathFor, projectSnapshot, type SampleIds, sampleIds, WRITE_BODIES } from "../support/security";

const baseUrl = inject("baseUrl");
const rab = rabClient(baseUrl);
const { call, newUser } = rab;

const JSON_LIMIT = 1_048_576; // MAX_JSON_BODY_BYTES's default, which the test server runs with
/** Routes that declare a larger body limit of their own. */
const ROUTE_LIMITS: Record<string, number> = { "POST /projects/import": MAX_BACKUP_BYTES };

const jsonRoutes = declaredApiRoutes().flatMap((r) => {
  const sample = WRITE_BODIES[r.key];
  return typeof sample === "function" ? [{ ...r, sample, limit: ROUTE_LIMITS[r.key] ?? JSON_LIMIT }] : [];
});

/** Registration and the token exchange: small bodies of a declared length only (lib/auth/body-policy.ts). */
const isAuthRoute = (key: string) => /^POST \/auth\//.test(key);

let user: Awaited<ReturnType<typeof newUser>>;
let ids: SampleIds;
let before: Awaited<ReturnType<typeof projectSnapshot>>;

beforeAll(async () => {
  user = await newUser("size");
  ids = await sampleIds(rab, user);
  before = await projectSnapshot(rab, user.token, ids.projectId);
});

/** The liveness probe right after an abusive request: it must answer at once. */
async function expectResponsive() {
  const started = performance.now();
  const res = await fetch(`${baseUrl}/health/live`);
  const ms = performance.now() - started;
  expect(res.status).toBe(200);
  // Generous for a shared CI machine; a server busy parsing a huge body would take seconds.
  expect(ms).toBeLessThan(2000);
}

async function expectUnchanged() {
  expect(await projectSnapshot(rab, user.token, ids.projectId)).toEqual(before);
}

/** The sample body padded past `bytes` with a long string in a field the schema does not know. */
function oversized(sample: Record<string, unknown>, bytes: number): string {
  return JSON.stringify({ ...sample, padding: "x".repeat(bytes) });
}

function streamOf(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.subarray(i, i + 64 * 1024));
      controller.close();
    },
  });
}

describe("bodies over the limit", () => {
  it.each(jsonRoutes.map((r) => [r.key, r] as const))("%s answers 413, declared or streamed", async (_key, r) => {
    const body = oversized(r.sample(ids), r.limit);
    const url = `${baseUrl}${pathFor(r.pattern, ids)}`;
    const headers = { authorization: `Bearer ${user.token}`, "content-type": "application/json" };
    const declared = await call(pathFor(r.pattern, ids), {
      method: r.method,
      token: user.token,
      body,
      headers: { "content-type": "application/json" },
    });
    expectSafeError(declared, 413);
    expect(declared.body.error.code).toBe("PAYLOAD_TOO_LARGE");
    // No Content-Length: the reader stops at the limit instead of buffering everything; auth
    // routes refuse an undeclared length outright (411), before reading any of it.
    const streamed = await fetch(url, { method: r.method, headers, body: streamOf(body), duplex: "half" } as RequestInit);
    const refusal = isAuthRoute(r.key) ? [411, "LENGTH_REQUIRED"] : [413, "PAYLOAD_TOO_LARGE"];
    expect([streamed.status, (await streamed.json()).error.code]).toEqual(refusal);
    await expectResponsive();
  });

  it("keeps answering while several oversized bodies arrive at once", async () => {
    const path = pathFor("/projects/[projectId]/klasifikasi", ids);
    const big = oversized({ name: "x" }, 5 * JSON_LIMIT);
    const floods = Array.from({ length: 4 }, () =>
      call(path, { token: user.token, body: big, headers: { "content-type": "application/json" } }),
    );
    await expectResponsive();
    for (const res of await Promise.all(floods)) expectSafeError(res, 413);
    await expectUnchanged();
  });
});

describe("10,000-row writes", () => {
  const base = () => `/api/v1/projects/${ids.projectId}`;

  it.each([
    ["lines", (i: number) => ({ kategori: "BHN", kode: `B.${i}`, uraian: "Bahan", satuan: "kg", koefisien: "1" })],
    ["lines", () => ({ kategori: "TK", kode: "L", uraian: "P", satuan: "OH", koefisien: 1 })],
  ] as const)("PUT %s with 10,000 rows answers 400 or 413 and writes nothing", async (_name, row) => {
    const lines = Array.from({ length: 10_000 }, (_, i) => row(i));
    const res = await call(`${base()}/pekerjaan/${ids.pekerjaanId}/lines`, { method: "PUT", token: user.token, json: { lines } });
    expectSafeError(res);
    expect([400, 413]).toContain(res.status);
    await expectResponsive();
    await expectUnchanged();
  });

  it("PUT jadwal entries with 10,000 entries answers 400 or 413 and writes nothing", async () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => ({ pekerjaanId: ids.pekerjaanId, week: (i % 17) + 1, planned: 1 }));
    const res = await call(`${base()}/jadwal/entries`, { method: "PUT", token: user.token, json: { entries } });
    expectSafeError(res);
    expect([400, 413]).toContain(res.status);
    await expectResponsive();
    await expectUnchanged();
  });

  it("PUT jadwal entries just under the byte limit but over the entry count answers 400", async () => {
    // Short entries: 5,001 of them fit well inside 1 MB, so the count rule must answer.
    const entries = Array.from({ length: 5_001 }, (_, i) => ({ pekerjaanId: ids.pekerjaanId, week: (i % 17) + 1, note: "" }));
    const res = await call(`${base()}/jadwal/entries`, { method: "PUT", token: user.token, json: { entries } });
    expectSafeError(res, 400);
    expect(res.body.error.details.fields.map((f: { path: string }) => f.path)).toContain("entries");
    await expectUnchanged();
  });

  it("PATCH harga items with 10,000 prices answers 400 or 413 and writes nothing", async () => {
    const items = Array.from({ length: 10_000 }, () => ({ kode: "L.01", harga: 1 }));
    const res = await call(`${base()}/harga-items`, { method: "PATCH", token: user.token, json: { items } });
    expectSafeError(res);
    expect([400, 413]).toContain(res.status);
    await expectUnchanged();
  });

  it("a 10,000-line PUT that fits the byte limit is refused by the row limit", async () => {
    const lines = Array.from({ length: 10_000 }, () => ({ kategori: "TK", kode: "L", uraian: "P", satuan: "", koefisien: 1 }));
    const text = JSON.stringify({ lines });
    expect(text.length).toBeLessThan(JSON_LIMIT);
    const res = await call(`${base()}/pekerjaan/${ids.pekerjaanId}/lines`, {
      method: "PUT",
      token: user.token,
      body: text,
      headers: { "content-type": "application/json" },
    });
    expectSafeError(res, 400);
    expect(res.body.error.details.fields.map((f: { path: string }) => f.path)).toContain("lines");
  });
});

describe("1 MB strings", () => {
  const MB_STRING = "A".repeat(1_000_000);
  const CASES: [string, string, (i: SampleIds) => unknown, string][] = [
    ["POST", "/api/v1/projects", () => ({ ...(WRITE_BODIES["POST /projects"] as () => object)(), name: MB_STRING }), "name"],
    ["PATCH", "/api/v1/projects/{p}", () => ({ description: MB_STRING }), "description"],
    ["POST", "/api/v1/projects/{p}/klasifikasi", () => ({ name: MB_STRING }), "name"],
    ["PATCH", "/api/v1/projects/{p}/pekerjaan/{w}", () => ({ uraian: MB_STRING }), "uraian"],
    [
      "PUT",
      "/api/v1/projects/{p}/pekerjaan/{w}/lines",
      () => ({ lines: [{ kategori: "TK", kode: "L.01", uraian: MB_STRING, satuan: "OH", koefisien: 1 }] }),
      "lines.0.uraian",
    ],
    ["PUT", "/api/v1/projects/{p}/pekerjaan/{w}/volume", () => ({ formula: MB_STRING }), "formula"],
    ["POST", "/api/v1/projects/{p}/parameters", () => ({ name: MB_STRING, value: 1 }), "name"],
    [
      "PUT",
      "/api/v1/projects/{p}/jadwal/entries",
      (i) => ({ entries: [{ pekerjaanId: i.pekerjaanId, week: 1, note: MB_STRING }] }),
      "entries.0.note",
    ],
    ["POST", "/api/v1/me/tokens", () => ({ name: MB_STRING }), "name"],
    ["POST", "/api/v1/me/password", (i) => ({ currentPassword: i.password, newPassword: MB_STRING }), "newPassword"],
  ];

  it.each(CASES.map(([method, path, body, field]) => [`${method} ${path}`, method, path, body, field] as const))(
    "%s answers 400 on the field",
    async (_name, method, path, body, field) => {
      const url = path.replace("{p}", ids.projectId).replace("{w}", ids.pekerjaanId);
      const res = await call(url, { method, token: user.token, json: body(ids) });
      expectSafeError(res, 400);
      expect(res.body.error.details.fields.map((f: { path: string }) => f.path)).toContain(field);
      // The answer names the limit; it does not echo the megabyte back.
      expect(JSON.stringify(res.body).length).toBeLessThan(10_000);
      await expectResponsive();
    },
  );

  it.each([
    ["/api/v1/auth/register", { email: "mb@test.local", password: "rahasia-123", name: MB_STRING }],
    ["/api/v1/auth/tokens", { email: "mb@test.local", password: MB_STRING, name: "x" }],
  ])("POST %s refuses a 1 MB field with 413 before reading it (auth bodies are small)", async (path, body) => {
    const res = await call(path, { json: body });
    expectSafeError(res, 413);
    expect(res.body.error.details).toEqual({ limitBytes: MAX_AUTH_BODY_BYTES });
    await expectResponsive();
  });

  it("wrote nothing, and the account still works with its password", async () => {
    await expectUnchanged();
    const tok = await call("/api/v1/auth/tokens", { json: { email: user.email, password: user.password, name: "masih" } });
    expect(tok.status).toBe(201);
  });
});
