// Security suite, errors: whatever goes wrong (a forced 500, malformed JSON, a wrong content
// type, a malformed or unknown id in any path position, bad query values, database-level
// conflicts), the answer is the envelope with the right status and no stack trace, SQL or
// file path in it, and nothing is written. Routes come from the route files.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { declaredApiRoutes, missingRows, WRITE_METHODS } from "../support/api-routes";
import { rabClient } from "../support/rab";
import { expectSafeError, pathFor, projectSnapshot, type SampleIds, sampleIds, WRITE_BODIES } from "../support/security";
import { startServer, type RunningServer } from "../support/server";

const rab = rabClient(inject("baseUrl"));
const { call, newUser } = rab;

const declared = declaredApiRoutes();
const jsonRoutes = declared.flatMap((r) => {
  const sample = WRITE_BODIES[r.key];
  return typeof sample === "function" ? [{ ...r, sample }] : [];
});

let user: Awaited<ReturnType<typeof newUser>>;
let ids: SampleIds;
let before: Awaited<ReturnType<typeof projectSnapshot>>;

beforeAll(async () => {
  user = await newUser("errors");
  ids = await sampleIds(rab, user);
  before = await projectSnapshot(rab, user.token, ids.projectId);
});

afterAll(async () => {
  // Nothing in this file may have written anything: every request was refused.
  expect(await projectSnapshot(rab, user.token, ids.projectId)).toEqual(before);
  expect((await call("/api/v1/me", { token: user.token })).status).toBe(200);
});

describe("a forced 500", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(3144, { DATABASE_URL: inject("databaseUrl"), REDIS_URL: inject("redisUrl"), DIAGNOSTICS_ENABLED: "true" });
  });
  afterAll(() => server?.stop());

  it("answers the generic envelope; the thrown message (a path and SQL) stays in the logs", async () => {
    const res = await rabClient(server.url).call("/api/v1/diagnostics/error", { token: user.token });
    expectSafeError(res, 500);
    expect(res.body.error).toEqual({
      code: "INTERNAL_ERROR",
      message: "Terjadi kesalahan pada server. Silakan coba lagi.",
      requestId: res.headers.get("x-request-id"),
    });
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
  });
});

describe("bodies that are not JSON", () => {
  it("every write route has a body sample or says why it reads none", () => {
    const missing = missingRows(
      declared.filter((r) => WRITE_METHODS.includes(r.method)),
      WRITE_BODIES,
    );
    expect(missing, `add a body sample to WRITE_BODIES in tests/support/security.ts for: ${missing.join(", ")}`).toEqual([]);
  });

  const CONTENT_TYPES = [
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/xml",
    "application/jsonp",
    "application/json-patch+json",
    "",
  ];

  it.each(jsonRoutes.map((r) => [r.key, r] as const))("%s refuses other content types with 415", async (_key, r) => {
    const answers = await Promise.all(
      CONTENT_TYPES.map((type) =>
        call(pathFor(r.pattern, ids), {
          method: r.method,
          token: user.token,
          body: JSON.stringify(r.sample(ids)),
          headers: type ? { "content-type": type } : {},
        }),
      ),
    );
    for (const [n, res] of answers.entries()) {
      expectSafeError(res, 415);
      expect(res.body.error.code, CONTENT_TYPES[n]).toBe("UNSUPPORTED_MEDIA_TYPE");
    }
  });

  const MALFORMED = [
    '{"name": "x",',
    "{'name': 'x'}",
    '{"a":1}}',
    "[1,]",
    "NaN",
    "undefined",
    '{"a": 01}',
    '{"a": .5}',
    "\uFEFF{}",
    '"\\u00"',
    " ",
    "",
  ];

  it.each(jsonRoutes.map((r) => [r.key, r] as const))("%s answers 400 to malformed JSON", async (_key, r) => {
    const answers = await Promise.all(
      MALFORMED.map((body) =>
        call(pathFor(r.pattern, ids), { method: r.method, token: user.token, body, headers: { "content-type": "application/json" } }),
      ),
    );
    for (const [n, res] of answers.entries()) {
      expectSafeError(res, 400);
      expect(res.body.error.details.fields, JSON.stringify(MALFORMED[n])).toEqual([{ path: "", message: expect.any(String) }]);
    }
  });
});

describe("bodies that are not UTF-8", () => {
  // Bytes that are no UTF-8 at all: a lone continuation byte, a truncated sequence, an
  // overlong slash, a surrogate encoded directly, Latin-1 text.
  const INVALID = [[0x80], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe9, 0x74, 0xe9]];

  it.each(INVALID.map((bytes) => [Buffer.from(bytes).toString("hex"), bytes] as const))(
    "a name holding 0x%s is a 400, never stored",
    async (_hex, bytes) => {
      const json = JSON.stringify((WRITE_BODIES["POST /projects"] as () => object)());
      const [head, tail] = json.split('"Gedung"') as [string, string];
      const body = Buffer.concat([Buffer.from(`${head}"Gedung `), Buffer.from(bytes), Buffer.from(`"${tail}`)]);
      const count = async () => (await call("/api/v1/projects", { token: user.token })).body.meta.totalItems;
      const before = await count();
      const res = await call("/api/v1/projects", { token: user.token, body, headers: { "content-type": "application/json" } });
      expectSafeError(res, 400);
      expect(res.body.error.details.fields).toEqual([{ path: "", message: expect.stringMatching(/UTF-8/) }]);
      expect(await count()).toBe(before);
    },
  );
});

describe("malformed and unknown ids in every path position", () => {
  const BAD_IDS = [
    "not-a-uuid",
    "1",
    "0",
    "-1",
    "1 OR 1=1",
    "' OR ''='",
    "..%2F..%2Fetc%2Fpasswd",
    "%00",
    "00000000-0000-0000-0000-00000000000g",
    "{projectId}",
    "null",
    "undefined",
    "__proto__",
  ];

  const positions = declared
    .filter((r) => !r.pattern.includes("[..."))
    .flatMap((r) => [...r.pattern.matchAll(/\[([^\]]+)\]/g)].map((m) => ({ ...r, param: m[1]! })));

  it.each(positions.map((p) => [`${p.key} with a bad ${p.param}`, p] as const))("%s answers 404", async (_name, p) => {
    const sample = WRITE_BODIES[p.key];
    const json = typeof sample === "function" ? sample(ids) : p.method === "GET" || p.method === "DELETE" ? undefined : {};
    const paths = [...BAD_IDS, crypto.randomUUID()].map((bad) =>
      pathFor(p.pattern.replace(`[${p.param}]`, "__BAD__"), ids).replace("__BAD__", bad),
    );
    const answers = await Promise.all(paths.map((path) => call(path, { method: p.method, token: user.token, json })));
    for (const [n, res] of answers.entries()) {
      expectSafeError(res, 404);
      expect(res.body.error.code, `${p.method} ${paths[n]}`).toBe("NOT_FOUND");
    }
  });
});

describe("bad query values", () => {
  const CASES: [path: (i: SampleIds) => string, field: string][] = [
    [() => "/api/v1/projects?page=abc", "query.page"],
    [() => "/api/v1/projects?page=-1", "query.page"],
    [() => "/api/v1/projects?pageSize=1e9", "query.pageSize"],
    [() => "/api/v1/projects?sort=password", "query.sort"],
    [() => "/api/v1/projects?sort=name;DROP", "query.sort"],
    [() => "/api/v1/projects?archived=yes", "query.archived"],
    [() => `/api/v1/projects?q=${"x".repeat(201)}`, "query.q"],
    [() => "/api/v1/ahsp?limit=0", "query.limit"],
    [() => "/api/v1/ahsp?edition=' OR 1=1", "query.edition"],
    [() => "/api/v1/ahsp?kategori=TK'--", "query.kategori"],
    [() => "/api/v1/ahsp?cursor=eyJ0aWVyIjoiJ30=", "query.cursor"],
    [() => `/api/v1/ahsp?q=${"a".repeat(2001)}`, "query.q"],
    [(i) => `/api/v1/projects/${i.projectId}/audit?limit=-5`, "query.limit"],
    [(i) => `/api/v1/projects/${i.projectId}/audit?entity=User`, "query.entity"],
    [(i) => `/api/v1/projects/${i.projectId}/audit?cursor=1`, "query.cursor"],
    [(i) => `/api/v1/projects/${i.projectId}/harga-items?kategori=tk`, "query.kategori"],
    [(i) => `/api/v1/projects/${i.projectId}/rekap-kebutuhan?klasifikasiId=1`, "query.klasifikasiId"],
    [(i) => `/api/v1/projects/${i.projectId}/jadwal?view=year`, "query.view"],
    [(i) => `/api/v1/projects/${i.projectId}/kurva-s?view=`, "query.view"],
  ];

  it.each(CASES.map(([path, field]) => [field, path(placeholderIds()), path] as const))(
    "%s in %s answers 400",
    async (field, _name, path) => {
      const res = await call(path(ids), { token: user.token });
      expectSafeError(res, 400);
      expect(res.body.error.details.fields.map((f: { path: string }) => f.path)).toContain(field);
    },
  );

  it("refuses unknown query keys, prototype keys included", async () => {
    const res = await call("/api/v1/projects?__proto__=x&constructor=y&toString=z", { token: user.token });
    expectSafeError(res, 400);
  });
});

describe("conflicts and limits the database would otherwise report", () => {
  const base = () => `/api/v1/projects/${ids.projectId}`;

  it("a duplicate parameter name (any case) is a 409", async () => {
    expectSafeError(await call(`${base()}/parameters`, { token: user.token, json: { name: "PANJANG", value: 1 } }), 409);
  });

  it("deleting a harga item still in use is a 409", async () => {
    expectSafeError(await call(`${base()}/harga-items/${ids.hargaItemId}`, { method: "DELETE", token: user.token }), 409);
  });

  it("a stale or absurd editVersion is a 409 naming the current one", async () => {
    for (const editVersion of [99, 2 ** 31, Number.MAX_SAFE_INTEGER]) {
      const res = await call(base(), { method: "PATCH", token: user.token, json: { name: "Basi", editVersion } });
      expectSafeError(res, 409);
      expect(res.body.error.details.currentEditVersion).toBe(0);
    }
  });

  it.each(["0000-01-01", "0001-01-01", "1899-12-31", "2201-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "+02026-01-01", "2026-1-1"])(
    "start date %s is a 400 on startDate, not a database or calendar error",
    async (startDate) => {
      const create = await call("/api/v1/projects", {
        token: user.token,
        json: { ...(WRITE_BODIES["POST /projects"] as () => object)(), startDate },
      });
      const patch = await call(base(), { method: "PATCH", token: user.token, json: { startDate } });
      const preview = await call(`${base()}/jadwal/remap-preview`, { token: user.token, json: { startDate } });
      for (const res of [create, patch, preview]) {
        expectSafeError(res, 400);
        expect(res.body.error.details.fields.map((f: { path: string }) => f.path)).toEqual(["startDate"]);
      }
    },
  );

  it("a method a route does not export is a 405 envelope whose Allow lists what the route serves", async () => {
    for (const [method, path] of [
      ["PUT", "/api/v1/me"],
      ["DELETE", "/api/v1/projects"],
      ["PATCH", `${base()}/tree`],
      ["POST", `${base()}/audit`],
    ] as const) {
      const res = await call(path, { method, token: user.token, json: {} });
      expectSafeError(res, 405);
      expect(res.body.error.code).toBe("METHOD_NOT_ALLOWED");
      // Next's own OPTIONS answer knows what the route file exports: the Allow must agree.
      const options = await fetch(`${inject("baseUrl")}${path}`, { method: "OPTIONS" });
      expect(res.headers.get("allow"), path).toBe(options.headers.get("allow"));
      expect(res.headers.get("allow"), path).not.toContain(method);
    }
  });
});

/** Readable test names. */
function placeholderIds(): SampleIds {
  return { projectId: "{p}" } as SampleIds;
}
