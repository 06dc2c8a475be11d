// Security suite, injection: SQL, LIKE and tsquery metacharacters in every text field and
// search are plain data (stored and returned verbatim, never a 500, never a pattern), and
// volume formulas cannot reach JavaScript or run away (lib/calc/formula.ts).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { rabClient, seedAhspItem } from "../support/rab";
import { expectSafeError, projectSnapshot } from "../support/security";

const rab = rabClient(inject("baseUrl"));
const { call, newUser, ok, newProject } = rab;

// Each within the shortest text limit (kode and satuan: 50) and without edge spaces (trimmed).
const PAYLOADS = [
  `O'Brien "kutip" ;-- \\ &|!():*<> %_`,
  `'; DROP TABLE "Project"; --`,
  `" OR "1"="1" /*`,
  `a\\'b\\\\c\\"d`,
  `!(beton|besi) & (!baja):* <-> <2>`,
  `100%_%%__ LIKE '%'`,
  `$1 $$ $tag$ ? :name @@ ~*`,
];

let token: string;

beforeAll(async () => {
  ({ token } = await newUser("injection"));
});

describe("metacharacters in every text field", () => {
  it.each(PAYLOADS.map((p, i) => [i, p] as const))("payload %i (%s) is stored and returned verbatim", async (_i, text) => {
    const party = { name: text, title: text };
    const projectId = await newProject(token, {
      name: text,
      location: text,
      client: text,
      fundingSource: text,
      description: text,
      parties: { owner: party, contractor: party, planningConsultant: party, supervisingConsultant: party },
    });
    const base = `/api/v1/projects/${projectId}`;
    const klasifikasi = await ok(token, `${base}/klasifikasi`, { json: { name: text } }, 201);
    const sub = await ok(token, `${base}/klasifikasi/${klasifikasi.id}/sub-klasifikasi`, { json: { name: text } }, 201);
    const pekerjaan = await ok(
      token,
      `${base}/pekerjaan`,
      { json: { subKlasifikasiId: sub.id, source: "custom", kode: text, uraian: text, satuan: text } },
      201,
    );
    const line = { kategori: "BHN", kode: text, uraian: text, satuan: text, koefisien: "1.5" };
    await ok(token, `${base}/pekerjaan/${pekerjaan.id}/lines`, { method: "PUT", json: { lines: [line] } });
    await ok(token, `${base}/harga-items`, { method: "PATCH", json: { items: [{ kode: text, harga: "2500" }] } });
    await ok(token, `${base}/jadwal/entries`, { method: "PUT", json: { entries: [{ pekerjaanId: pekerjaan.id, week: 1, note: text }] } });

    const project = await ok(token, base);
    expect([project.name, project.location, project.client, project.fundingSource, project.description]).toEqual(Array(5).fill(text));
    expect(project.parties.owner).toEqual(party);
    const tree = await ok(token, `${base}/tree`);
    expect(tree.klasifikasi[0].name).toBe(text);
    expect(tree.klasifikasi[0].subKlasifikasi[0].name).toBe(text);
    const detail = await ok(token, `${base}/pekerjaan/${pekerjaan.id}`);
    expect([detail.kode, detail.uraian, detail.satuan]).toEqual([text, text, text]);
    expect(detail.lines[0]).toMatchObject({ kode: text, uraian: text, satuan: text });
    const [harga] = await ok(token, `${base}/harga-items`);
    expect(harga).toMatchObject({ kode: text, uraian: text, satuan: text, harga: "2500.00" });
    const jadwal = await ok(token, `${base}/jadwal`);
    expect(JSON.stringify(jadwal)).toContain(JSON.stringify(text).slice(1, -1));

    // Copies and templates carry it over, and their own names keep it too.
    const template = await ok(token, `${base}/templates`, { json: { name: text, description: text } }, 201);
    expect([template.name, template.description]).toEqual([text, text]);
    const copy = await ok(token, `${base}/copy`, { json: { name: text } }, 201);
    const copied = await ok(token, `/api/v1/projects/${copy.id}/tree`);
    expect([copy.name, copied.klasifikasi[0].name]).toEqual([text, text]);

    // Edits through the PATCH routes keep it verbatim too.
    const edited = `${text} (ubah)`;
    expect((await ok(token, base, { method: "PATCH", json: { name: edited } })).name).toBe(edited);
    expect((await ok(token, `${base}/pekerjaan/${pekerjaan.id}`, { method: "PATCH", json: { uraian: edited } })).uraian).toBe(edited);
    expect((await ok(token, `${base}/harga-items/${harga.id}`, { method: "PATCH", json: { uraian: edited } })).uraian).toBe(edited);
    expect((await ok(token, `${base}/klasifikasi/${klasifikasi.id}`, { method: "PATCH", json: { name: edited } })).name).toBe(edited);
  });

  it.each(PAYLOADS.map((p, i) => [i, p] as const))("payload %i is verbatim in account and token names", async (_i, text) => {
    const email = `inj-${randomUUID()}@test.local`;
    const reg = await call("/api/v1/auth/register", { json: { email, password: "rahasia-123", name: text } });
    expect([reg.status, reg.body.data?.name]).toEqual([201, text]);
    const tok = await call("/api/v1/auth/tokens", { json: { email, password: "rahasia-123", name: text } });
    expect([tok.status, tok.body.data?.name]).toEqual([201, text]);
    const me = await ok(tok.body.data.token, "/api/v1/me");
    expect(me.name).toBe(text);
    expect((await ok(tok.body.data.token, "/api/v1/me/tokens")).map((t: { name: string }) => t.name)).toEqual([text]);
  });

  it.each(PAYLOADS.map((p, i) => [i, p] as const))("payload %i as a parameter name is a 400 on the field", async (_i, text) => {
    const projectId = await newProject(token);
    const res = await call(`/api/v1/projects/${projectId}/parameters`, { token, json: { name: text, value: 1 } });
    expectSafeError(res, 400);
    expect(res.body.error.details.fields.map((f: { path: string }) => f.path)).toEqual(["name"]);
  });

  it("refuses text the database cannot hold (NUL, a lone surrogate) with the field's path, writing nothing", async () => {
    const projectId = await newProject(token, { name: "Tetap" });
    const before = await projectSnapshot(rab, token, projectId);
    const raw = (method: string, path: string, body: string) =>
      call(`/api/v1/projects/${projectId}${path}`, { method, token, body, headers: { "content-type": "application/json" } });
    const cases = [
      [raw("PATCH", "", '{"name":"a\\u0000b"}'), "name"],
      [raw("PATCH", "", '{"description":"\\u0000"}'), "description"],
      [raw("PATCH", "", '{"parties":{"owner":{"name":"x\\ud800","title":"y"}}}'), "parties.owner.name"],
      [raw("POST", "/klasifikasi", '{"name":"\\udfff"}'), "name"],
    ] as const;
    for (const [pending, path] of cases) {
      const res = await pending;
      expectSafeError(res, 400);
      expect(res.body.error.details.fields).toEqual([{ path, message: expect.stringMatching(/karakter yang tidak valid/) }]);
    }
    const search = await call("/api/v1/projects?q=a%00b", { token });
    expectSafeError(search, 400);
    expect(search.body.error.details.fields[0].path).toBe("query.q");
    expect(await projectSnapshot(rab, token, projectId)).toEqual(before);
  });
});

describe("metacharacters in searches", () => {
  let searched: { own: string[]; plain: string };

  beforeAll(async () => {
    const own = await Promise.all(PAYLOADS.map((p) => newProject(token, { name: `Cari ${p}` })));
    searched = { own, plain: await newProject(token, { name: "Proyek biasa tanpa simbol" }) };
  });

  it.each(PAYLOADS.map((p, i) => [i, p] as const))("project search for payload %i finds exactly that project", async (i, text) => {
    const res = await call(`/api/v1/projects?pageSize=100&q=${encodeURIComponent(text)}`, { token });
    expect(res.status).toBe(200);
    // Every project whose name contains the text literally, and nothing else: % and _ match themselves.
    const expected = PAYLOADS.flatMap((p, j) => (p.includes(text) ? [searched.own[j]] : []));
    expect(
      res.body.data
        .map((p: { id: string }) => p.id)
        .filter((id: string) => searched.own.includes(id))
        .sort(),
    ).toEqual(expected.sort());
    expect(res.body.data.map((p: { id: string }) => p.id)).toContain(searched.own[i]);
  });

  it.each(["%", "_", "%%", "\\", "'", '"', "\\%"])("project search for %j matches it literally", async (q) => {
    const res = await call(`/api/v1/projects?pageSize=100&q=${encodeURIComponent(q)}`, { token });
    expect(res.status).toBe(200);
    const found: { name: string; location: string; client: string }[] = res.body.data;
    expect(found.map((p) => p.name)).not.toContain("Proyek biasa tanpa simbol");
    for (const p of found) expect(`${p.name}|${p.location}|${p.client}`.toLowerCase()).toContain(q.toLowerCase());
  });

  describe("in the AHSP library", () => {
    let editionItem: string;
    let edition: string;

    beforeAll(async () => {
      editionItem = await seedAhspItem(inject("databaseUrl"), {
        kode: "9.9.9.1",
        uraian: "Pemasangan zirkonium uji injeksi",
        satuan: "m2",
        lines: [{ kategori: "TK", kodeItem: "L.01", uraianItem: "Pekerja", satuanItem: "OH", koefisien: "1" }],
      });
      edition = (await ok(token, `/api/v1/ahsp/${editionItem}`)).edition.id;
    });

    it.each([
      ...PAYLOADS,
      "zirkonium'",
      "zirkonium:*",
      "!zirkonium",
      "(zirkonium)",
      "zirkonium |",
      "zirkonium & !",
      "zirkonium <->",
      "'zirkonium''",
      "zirkonium%",
      "zirk_nium",
      "\\zirkonium\\",
    ])("search q=%j answers 200", async (q) => {
      const res = await call(`/api/v1/ahsp?edition=${edition}&q=${encodeURIComponent(q)}`, { token });
      expect(res.status).toBe(200);
      expect(Array.isArray(res.body.data)).toBe(true);
      // Metacharacters around a word neither break nor widen the search: the word alone decides.
      if (/zirk.nium/.test(q) && !q.includes("_")) expect(res.body.data.map((h: { id: string }) => h.id)).toEqual([editionItem]);
    });
  });
});

describe("formula injection in volumes", () => {
  let base: string;
  let pekerjaanId: string;

  beforeAll(async () => {
    const projectId = await newProject(token);
    base = `/api/v1/projects/${projectId}`;
    const k = await ok(token, `${base}/klasifikasi`, { json: { name: "K" } }, 201);
    const s = await ok(token, `${base}/klasifikasi/${k.id}/sub-klasifikasi`, { json: { name: "S" } }, 201);
    pekerjaanId = (
      await ok(token, `${base}/pekerjaan`, { json: { subKlasifikasiId: s.id, source: "custom", uraian: "Plat", satuan: "m2" } }, 201)
    ).id;
    await ok(token, `${base}/parameters`, { json: { name: "panjang", value: 5 } }, 201);
    await ok(token, `${base}/pekerjaan/${pekerjaanId}/volume`, { method: "PUT", json: { formula: "panjang * 2" } });
  });

  const HOSTILE = [
    "constructor",
    "process",
    "__proto__",
    "this",
    "globalThis",
    "toString",
    "hasOwnProperty",
    "constructor.constructor('return process')()",
    "process.exit(1)",
    "require('child_process')",
    "this.constructor.constructor",
    "__proto__.polluted",
    "eval(1)",
    "Function('return 1')()",
    "`1`",
    "1e999999",
    "1e3",
    "9^9^9",
    "10^101",
    "2^1000",
    "(2^100)^100",
    "9".repeat(40),
    "10^30 * 10",
    "99999999999999999",
    "0^-1",
    "(0-8)^0.5",
    "1/0",
    "panjang * -1",
    'panjang; DROP TABLE "Pekerjaan"',
    '\'; DROP TABLE "Pekerjaan"; --',
    "=1+1",
    "@SUM(1)",
    "SUM()",
    "MAX(1,",
    `${"(".repeat(60)}1${")".repeat(60)}`,
    `${"-".repeat(999)}1`,
    `1${"+1".repeat(500)}`,
    "x".repeat(5000),
  ];

  it.each(HOSTILE.map((f) => [f.length > 60 ? `${f.slice(0, 40)}… (${f.length} chars)` : f, f] as const))(
    "%s is a 400 on `formula` and changes nothing",
    async (_name, formula) => {
      const before = await Promise.all([ok(token, `${base}/pekerjaan/${pekerjaanId}`), ok(token, `${base}/audit?limit=200`)]);
      const res = await call(`${base}/pekerjaan/${pekerjaanId}/volume`, { method: "PUT", token, json: { formula } });
      expectSafeError(res, 400);
      expect(res.body.error.details.fields.map((f: { path: string }) => f.path)).toEqual(["formula"]);
      const after = await Promise.all([ok(token, `${base}/pekerjaan/${pekerjaanId}`), ok(token, `${base}/audit?limit=200`)]);
      expect(after).toEqual(before);
      expect([after[0].volume, after[0].volumeFormula]).toEqual(["10.000", "panjang * 2"]);
    },
  );

  it("treats names like constructor and __proto__ as ordinary parameters", async () => {
    for (const [name, value] of [
      ["constructor", 2],
      ["__proto__", 3],
      ["process", 4],
    ] as const) {
      await ok(token, `${base}/parameters`, { json: { name, value } }, 201);
    }
    const res = await ok(token, `${base}/pekerjaan/${pekerjaanId}/volume`, {
      method: "PUT",
      json: { formula: "constructor * __proto__ + process" },
    });
    expect(res.volume).toBe("10.000");
    const params = await ok(token, `${base}/parameters`);
    expect(params.map((p: { name: string }) => p.name).sort()).toEqual(["__proto__", "constructor", "panjang", "process"]);
  });
});
