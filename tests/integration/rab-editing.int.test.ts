// Editing a budget through the HTTP API: the lines PUT (atomic, editVersion-checked, kategori per kode
// for life, bundles), library snapshots, volume formulas, parameters, the tree.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type LineBody, rabClient, seedAhspItem } from "../support/rab";

const { call, newUser, ok, newProject, newSection, newPekerjaan } = rabClient(inject("baseUrl"));

const LINES: LineBody[] = [
  { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "0.2" },
  { kategori: "BHN", kode: "B.01", uraian: "Semen Portland", satuan: "kg", koefisien: "11.5" },
];

let token: string;
let projectId: string;
let subKlasifikasiId: string;
const base = () => `/api/v1/projects/${projectId}`;

beforeAll(async () => {
  ({ token } = await newUser("editing"));
  projectId = await newProject(token);
  ({ subKlasifikasiId } = await newSection(token, projectId));
});

/** Everything a failed lines PUT must leave untouched. */
async function snapshot(pekerjaanId: string) {
  const [pekerjaan, harga, audit] = await Promise.all([
    ok(token, `${base()}/pekerjaan/${pekerjaanId}`),
    ok(token, `${base()}/harga-items`),
    ok(token, `${base()}/audit?limit=200`),
  ]);
  return { pekerjaan, harga, auditCount: audit.length };
}

async function putLines(pekerjaanId: string, json: unknown) {
  return call(`${base()}/pekerjaan/${pekerjaanId}/lines`, { method: "PUT", token, json });
}

describe("PUT lines", () => {
  let pekerjaanId: string;

  beforeAll(async () => {
    pekerjaanId = await newPekerjaan(token, projectId, subKlasifikasiId, { uraian: "Pasangan bata", lines: LINES });
  });

  it("links each kode to the price list, creating new harga items at 0, and bumps the editVersion", async () => {
    const before = await ok(token, `${base()}/pekerjaan/${pekerjaanId}`);
    const after = await ok(token, `${base()}/pekerjaan/${pekerjaanId}/lines`, {
      method: "PUT",
      json: {
        editVersion: before.editVersion,
        lines: [...LINES, { kategori: "BHN", kode: "B.02", uraian: "Pasir", satuan: "m3", koefisien: "0.043" }],
      },
    });
    expect(after.editVersion).toBe(before.editVersion + 1);
    // The old name, answered until the next release.
    expect(after.version).toBe(after.editVersion);
    expect(after.lines.map((l: any) => [l.kode, l.koefisien])).toEqual([
      ["L.01", "0.200000"],
      ["B.01", "11.500000"],
      ["B.02", "0.043000"],
    ]);
    const harga = await ok(token, `${base()}/harga-items?kategori=BHN`);
    expect(harga.map((h: any) => [h.kode, h.harga, h.usedBy])).toEqual([
      ["B.01", "0.00", 1],
      ["B.02", "0.00", 1],
    ]);
  });

  it("changes nothing when one line is bad: new kode, lines, editVersion and audit stay as they were", async () => {
    const before = await snapshot(pekerjaanId);
    const res = await putLines(pekerjaanId, {
      lines: [
        { kategori: "TK", kode: "L.99", uraian: "Tukang baru", satuan: "OH", koefisien: "1" },
        { kategori: "BHN", kode: "B.99", uraian: "Bahan baru", satuan: "kg", koefisien: "2" },
        { kategori: "ALT", kode: "B.01", uraian: "Semen Portland", satuan: "kg", koefisien: "3" },
      ],
    });
    expect(res.status).toBe(400);
    expect(await snapshot(pekerjaanId)).toEqual(before);
  });

  it("rolls back lines already written when the bundle check fails after them", async () => {
    const other = await newPekerjaan(token, projectId, subKlasifikasiId, {
      uraian: "Memakai pasangan bata",
      lines: [{ kategori: "LAIN", kode: "BDL.BATA", uraian: "Pasangan bata", satuan: "m2", koefisien: 1, bundlePekerjaanId: pekerjaanId }],
    });
    const before = await snapshot(pekerjaanId);
    const res = await putLines(pekerjaanId, {
      lines: [
        { kategori: "TK", kode: "L.98", uraian: "Tukang lain", satuan: "OH", koefisien: "1" },
        { kategori: "LAIN", kode: "BDL.BALIK", uraian: "Balik", satuan: "ls", koefisien: 1, bundlePekerjaanId: other },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Bundle melingkar/);
    expect(res.body.error.details.fields).toEqual([{ path: "lines.1.bundlePekerjaanId", message: res.body.error.message }]);
    expect(await snapshot(pekerjaanId)).toEqual(before);
    // The bundle line's resource is costed from the bundled pekerjaan: listed as such, not as unpriced.
    const lain = await ok(token, `${base()}/harga-items?kategori=LAIN`);
    expect(lain.map((h: any) => [h.kode, h.usedBy, h.bundleOnly])).toEqual([["BDL.BATA", 1, true]]);
    const bhn = await ok(token, `${base()}/harga-items?kategori=BHN`);
    expect(bhn.every((h: any) => h.bundleOnly === false)).toBe(true);
  });

  it("answers 409 to a stale editVersion and keeps the newer lines", async () => {
    const current = await ok(token, `${base()}/pekerjaan/${pekerjaanId}`);
    await ok(token, `${base()}/pekerjaan/${pekerjaanId}/lines`, {
      method: "PUT",
      json: { editVersion: current.editVersion, lines: LINES },
    });
    const stale = await putLines(pekerjaanId, { editVersion: current.editVersion, lines: [] });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("CONFLICT");
    expect(stale.body.error.details).toEqual({ currentEditVersion: current.editVersion + 1, currentVersion: current.editVersion + 1 });
    expect((await ok(token, `${base()}/pekerjaan/${pekerjaanId}`)).lines).toHaveLength(2);
  });

  it("still takes the token under its old name `version`: a stale one is a 409, a fresh one saves", async () => {
    const before = await snapshot(pekerjaanId);
    const current = before.pekerjaan;
    const stale = await putLines(pekerjaanId, { version: current.editVersion - 1, lines: [] });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.currentEditVersion).toBe(current.editVersion);
    expect(await snapshot(pekerjaanId)).toEqual(before);
    const saved = await ok(token, `${base()}/pekerjaan/${pekerjaanId}/lines`, {
      method: "PUT",
      json: { version: current.editVersion, lines: LINES },
    });
    expect(saved.editVersion).toBe(current.editVersion + 1);
  });

  it("refuses editVersion and version that disagree (400 on version) and changes nothing", async () => {
    const before = await snapshot(pekerjaanId);
    const { editVersion } = before.pekerjaan;
    const res = await putLines(pekerjaanId, { editVersion, version: editVersion + 1, lines: [] });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toEqual([{ path: "version", message: expect.stringContaining("editVersion") }]);
    expect(await snapshot(pekerjaanId)).toEqual(before);
    // Both agreeing is just the one token.
    const saved = await ok(token, `${base()}/pekerjaan/${pekerjaanId}/lines`, {
      method: "PUT",
      json: { editVersion, version: editVersion, lines: LINES },
    });
    expect(saved.editVersion).toBe(editVersion + 1);
  });

  it("keeps a kode's kategori for life: 400 with the line's path, against the price list or an earlier line", async () => {
    const vsHargaFile = await putLines(pekerjaanId, {
      lines: [LINES[0], { kategori: "BHN", kode: "B.02", uraian: "Pasir", satuan: "m3", koefisien: 1 }, { ...LINES[1], kategori: "ALT" }],
    });
    expect(vsHargaFile.status).toBe(400);
    expect(vsHargaFile.body.error.details.fields).toEqual([
      { path: "lines.2.kategori", message: expect.stringMatching(/Kode B\.01 sudah berkategori BHN/) },
    ]);
    const vsEarlierLine = await putLines(pekerjaanId, {
      lines: [
        { kategori: "ALT", kode: "E.NEW", uraian: "Alat", satuan: "jam", koefisien: 1 },
        { kategori: "LAIN", kode: "E.NEW", uraian: "Alat", satuan: "jam", koefisien: 1 },
      ],
    });
    expect(vsEarlierLine.status).toBe(400);
    expect(vsEarlierLine.body.error.details.fields[0].path).toBe("lines.1.kategori");
  });

  it("validates every line with its path: decimals, kategori, required text", async () => {
    const res = await putLines(pekerjaanId, {
      lines: [
        { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "0,2" },
        { kategori: "XX", kode: "", uraian: "Semen", satuan: "kg", koefisien: "0.1234567" },
        { kategori: "BHN", kode: "B.01", uraian: "Semen", satuan: "kg", koefisien: -1 },
      ],
    });
    expect(res.status).toBe(400);
    const fields = Object.fromEntries(res.body.error.details.fields.map((f: any) => [f.path, f.message]));
    expect(fields).toMatchObject({
      "lines.0.koefisien": "Gunakan titik sebagai pemisah desimal.",
      "lines.1.koefisien": "Maksimal 6 angka di belakang titik.",
      "lines.2.koefisien": "Minimal 0.",
    });
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(["lines.1.kategori", "lines.1.kode"]));
  });
});

describe("bundles", () => {
  async function chain(length: number): Promise<string[]> {
    const ids = [await newPekerjaan(token, projectId, subKlasifikasiId, { uraian: "Dasar", lines: LINES })];
    for (let i = 1; i < length; i++) {
      ids.push(
        await newPekerjaan(token, projectId, subKlasifikasiId, {
          uraian: `Tingkat ${i}`,
          lines: [
            {
              kategori: "LAIN",
              kode: `BDL.${ids[i - 1]!.slice(0, 8)}`,
              uraian: "Bundle",
              satuan: "ls",
              koefisien: 2,
              bundlePekerjaanId: ids[i - 1],
            },
          ],
        }),
      );
    }
    return ids;
  }

  it("allows 3 levels and refuses a 4th with the engine's message", async () => {
    const ids = await chain(4); // top → 3 levels of bundles below it
    const top = ids[3]!;
    const res = await call(`${base()}/pekerjaan`, {
      token,
      json: { subKlasifikasiId, source: "custom", uraian: "Terlalu dalam", satuan: "ls" },
    });
    const tooDeep = await putLines(res.body.data.id, {
      lines: [{ kategori: "LAIN", kode: "BDL.TOP", uraian: "Bundle", satuan: "ls", koefisien: 1, bundlePekerjaanId: top }],
    });
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.error.message).toMatch(/Bundle bertingkat lebih dari 3 tingkat/);
    expect(tooDeep.body.error.details.fields[0].path).toBe("lines.0.bundlePekerjaanId");
  });

  it("refuses a bundle on a non-LAIN line (400) and a target outside the project (404)", async () => {
    const [target] = await chain(1);
    const p = await newPekerjaan(token, projectId, subKlasifikasiId, { uraian: "Uji bundle" });
    const notLain = await putLines(p, {
      lines: [{ kategori: "BHN", kode: "B.X", uraian: "x", satuan: "x", koefisien: 1, bundlePekerjaanId: target }],
    });
    expect(notLain.status).toBe(400);
    expect(notLain.body.error.details.fields[0].path).toBe("lines.0.kategori");
    const self = await putLines(p, {
      lines: [{ kategori: "LAIN", kode: "BDL.SELF", uraian: "x", satuan: "x", koefisien: 1, bundlePekerjaanId: p }],
    });
    expect(self.status).toBe(400);
    expect(self.body.error.message).toMatch(/melingkar/);
    const elsewhere = await putLines(p, {
      lines: [
        {
          kategori: "LAIN",
          kode: "BDL.X",
          uraian: "x",
          satuan: "x",
          koefisien: 1,
          bundlePekerjaanId: "00000000-0000-4000-8000-000000000000",
        },
      ],
    });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.error.details.fields[0].path).toBe("lines.0.bundlePekerjaanId");
  });

  it("refuses to delete a pekerjaan used as a bundle (409 naming the user), then deletes once it is free", async () => {
    const [target, user] = await chain(2);
    const res = await call(`${base()}/pekerjaan/${target}`, { method: "DELETE", token });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/dipakai sebagai bundle oleh: CUST-\d{3} Tingkat 1/);
    await ok(token, `${base()}/pekerjaan/${user}/lines`, { method: "PUT", json: { lines: [] } });
    await ok(token, `${base()}/pekerjaan/${target}`, { method: "DELETE" });
    expect((await call(`${base()}/pekerjaan/${target}`, { token })).status).toBe(404);
  });
});

describe("pekerjaan from the reference library", () => {
  let ahspId: string;

  beforeAll(async () => {
    ahspId = await seedAhspItem(inject("databaseUrl"), {
      kode: "3.6.1.8",
      uraian: "Pemasangan 1 m2 dinding bata merah ½ batu, 1SP:4PP",
      satuan: "m2",
      lines: [
        { kategori: "TK", kodeItem: "TK-0005", uraianItem: "Pekerja", satuanItem: "OH", koefisien: "0.2" },
        { kategori: "TK", kodeItem: "TK-0010", uraianItem: "Tukang batu", satuanItem: "OH", koefisien: "0.1" },
        { kategori: "BHN", kodeItem: "B-0034", uraianItem: "Bata merah", satuanItem: "bh", koefisien: "71.91" },
        { kategori: "BHN", kodeItem: "L.01", uraianItem: "Bukan pekerja", satuanItem: "kg", koefisien: "1" },
      ],
    });
  });

  it("refuses a snapshot whose kode exists in the project under another kategori (400 at ahspId)", async () => {
    const res = await call(`${base()}/pekerjaan`, { token, json: { subKlasifikasiId, source: "ref", ahspId } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toEqual([{ path: "ahspId", message: expect.stringMatching(/Kode L\.01 sudah berkategori TK/) }]);
  });

  it("copies the item's lines as a read-only snapshot until converted to ref_modified", async () => {
    const fresh = await newProject(token);
    const section = await newSection(token, fresh);
    const created = await ok(
      token,
      `/api/v1/projects/${fresh}/pekerjaan`,
      { json: { subKlasifikasiId: section.subKlasifikasiId, source: "ref", ahspId } },
      201,
    );
    expect(created).toMatchObject({ source: "ref", ahspItemId: ahspId, kode: "3.6.1.8", satuan: "m2" });
    expect(created.lines.map((l: any) => [l.kategori, l.kode, l.koefisien])).toEqual([
      ["TK", "TK-0005", "0.200000"],
      ["TK", "TK-0010", "0.100000"],
      ["BHN", "B-0034", "71.910000"],
      ["BHN", "L.01", "1.000000"],
    ]);
    const harga = await ok(token, `/api/v1/projects/${fresh}/harga-items`);
    expect(harga.map((h: any) => [h.kode, h.harga])).toEqual([
      ["TK-0005", "0.00"],
      ["TK-0010", "0.00"],
      ["B-0034", "0.00"],
      ["L.01", "0.00"],
    ]);

    const linesUrl = `/api/v1/projects/${fresh}/pekerjaan/${created.id}/lines`;
    const readOnly = await call(linesUrl, { method: "PUT", token, json: { lines: [] } });
    expect(readOnly.status).toBe(409);
    expect(readOnly.body.error.details.reason).toBe("REF_READ_ONLY");
    const rename = await call(`/api/v1/projects/${fresh}/pekerjaan/${created.id}`, { method: "PATCH", token, json: { uraian: "x" } });
    expect(rename.status).toBe(409);

    const converted = await ok(token, `/api/v1/projects/${fresh}/pekerjaan/${created.id}/convert`, { method: "POST" });
    expect(converted).toMatchObject({ source: "ref_modified", editVersion: created.editVersion + 1 });
    const edited = await ok(token, linesUrl, {
      method: "PUT",
      json: { editVersion: converted.editVersion, lines: created.lines.slice(0, 2) },
    });
    expect(edited.lines).toHaveLength(2);
    const again = await call(`/api/v1/projects/${fresh}/pekerjaan/${created.id}/convert`, { method: "POST", token });
    expect(again.status).toBe(409);
  });

  it("answers 404 for an unknown library item", async () => {
    const res = await call(`${base()}/pekerjaan`, {
      token,
      json: { subKlasifikasiId, source: "ref_modified", ahspId: "00000000-0000-4000-8000-000000000000" },
    });
    expect(res.status).toBe(404);
  });
});

describe("volume formulas and parameters", () => {
  let pekerjaanId: string;
  const volume = (json: unknown) => call(`${base()}/pekerjaan/${pekerjaanId}/volume`, { method: "PUT", token, json });

  beforeAll(async () => {
    pekerjaanId = await newPekerjaan(token, projectId, subKlasifikasiId, { uraian: "Lantai kerja" });
    await ok(token, `${base()}/parameters`, { json: { name: "panjang", value: "12.5" } }, 201);
    await ok(token, `${base()}/parameters`, { json: { name: "nol", value: 0 } }, 201);
  });

  it.each([
    ["panjang / nol", "DIVISION_BY_ZERO", /Pembagian dengan nol \(posisi 9\)/],
    ["panjang * tinggi", "UNKNOWN_NAME", /Parameter tidak dikenal: tinggi/],
    ["panjang * (2", "SYNTAX", /Kurung '\(' pada posisi 11 tidak ditutup/],
    ["panjang * 0,15", "SYNTAX", /gunakan titik untuk desimal/],
    ["SQRT(panjang)", "UNKNOWN_FUNCTION", /Fungsi tidak dikenal: SQRT/],
  ])("%s is a 400 naming the problem (%s)", async (formula, code, message) => {
    const res = await volume({ formula });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
    expect(res.body.error.details).toMatchObject({ fields: [{ path: "formula" }], formula: { code } });
  });

  it("stores a formula's result at 3 dp and refuses a negative result", async () => {
    expect((await volume({ formula: "panjang * 0.15 / 7" })).body.data).toMatchObject({
      volume: "0.268",
      volumeFormula: "panjang * 0.15 / 7",
    });
    expect((await volume({ formula: "2 - panjang" })).status).toBe(400);
    expect((await volume({ value: "12.3456" })).status).toBe(400);
    expect((await volume({ value: "12.5", formula: "1" })).status).toBe(400);
    expect((await volume({ value: 7 })).body.data).toEqual({
      id: pekerjaanId,
      volume: "7.000",
      volumeFormula: null,
      takeoff: [],
      editVersion: expect.any(Number),
    });
  });

  it("refuses a parameter change that breaks a dependent formula, naming the pekerjaan, and changes nothing", async () => {
    await volume({ formula: "100 / panjang" });
    const params = await ok(token, `${base()}/parameters`);
    const panjang = params.find((p: any) => p.name === "panjang");
    const res = await call(`${base()}/parameters/${panjang.id}`, { method: "PATCH", token, json: { value: 0 } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^Volume CUST-\d{3} Lantai kerja: Pembagian dengan nol/);
    expect((await ok(token, `${base()}/pekerjaan/${pekerjaanId}`)).volume).toBe("8.000");
    expect((await ok(token, `${base()}/parameters`)).find((p: any) => p.name === "panjang").value).toBe("12.500000");
  });

  it("refuses to rename or delete a parameter a formula uses (409), and a duplicate name", async () => {
    const panjang = (await ok(token, `${base()}/parameters`)).find((p: any) => p.name === "panjang");
    expect((await call(`${base()}/parameters/${panjang.id}`, { method: "DELETE", token })).status).toBe(409);
    const rename = await call(`${base()}/parameters/${panjang.id}`, { method: "PATCH", token, json: { name: "p" } });
    expect(rename.status).toBe(409);
    expect(rename.body.error.message).toMatch(/Lantai kerja/);
    expect((await call(`${base()}/parameters`, { token, json: { name: "PANJANG", value: 1 } })).status).toBe(409);
    expect((await call(`${base()}/parameters`, { token, json: { name: "2x", value: 1 } })).status).toBe(400);
  });
});

describe("PUT volumes (a paste into the Volume grid)", () => {
  it("sets several volumes and formulas in one request, all or nothing", async () => {
    const fresh = await newProject(token);
    const section = await newSection(token, fresh, "Tanah");
    const [a, b, c] = [
      await newPekerjaan(token, fresh, section.subKlasifikasiId, { uraian: "A" }),
      await newPekerjaan(token, fresh, section.subKlasifikasiId, { uraian: "B" }),
      await newPekerjaan(token, fresh, section.subKlasifikasiId, { uraian: "C" }),
    ];
    await ok(token, `/api/v1/projects/${fresh}/parameters`, { json: { name: "lebar", value: "2.5" } }, 201);
    const path = `/api/v1/projects/${fresh}/volumes`;
    const saved = await ok(token, path, {
      method: "PUT",
      json: {
        items: [
          { pekerjaanId: a, value: "4.5" },
          { pekerjaanId: b, value: "40" },
          { pekerjaanId: c, formula: "lebar * 2" },
        ],
      },
    });
    expect(saved.items).toEqual([
      // Each new pekerjaan's editVersion moved from 0 with its volume.
      { id: a, volume: "4.500", volumeFormula: null, takeoff: [], editVersion: 1 },
      { id: b, volume: "40.000", volumeFormula: null, takeoff: [], editVersion: 1 },
      { id: c, volume: "5.000", volumeFormula: "lebar * 2", takeoff: [], editVersion: 1 },
    ]);

    // One bad item: a formula that does not evaluate or a repeated pekerjaan is a 400 at it, an unknown (or another
    // project's) pekerjaan a 404 at it, as everywhere; nothing is written.
    const bad = await call(path, {
      method: "PUT",
      token,
      json: {
        items: [
          { pekerjaanId: a, value: "1" },
          { pekerjaanId: b, formula: "lebar / 0" },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields).toEqual([expect.objectContaining({ path: "items.1.formula" })]);
    const unknown = await call(path, {
      method: "PUT",
      token,
      json: {
        items: [
          { pekerjaanId: a, value: "1" },
          { pekerjaanId: "00000000-0000-4000-8000-000000000000", value: "1" },
        ],
      },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.details.fields.map((f: { path: string }) => f.path)).toEqual(["items.1.pekerjaanId"]);
    const repeated = await call(path, {
      method: "PUT",
      token,
      json: {
        items: [
          { pekerjaanId: a, value: "1" },
          { pekerjaanId: b, value: "1" },
          { pekerjaanId: a, value: "2" },
        ],
      },
    });
    expect(repeated.status).toBe(400);
    expect(repeated.body.error.details.fields.map((f: { path: string }) => f.path)).toEqual(["items.2.pekerjaanId"]);
    expect((await ok(token, `/api/v1/projects/${fresh}/pekerjaan/${a}`)).volume).toBe("4.500");
    expect((await ok(token, `/api/v1/projects/${fresh}/pekerjaan/${b}`)).volume).toBe("40.000");
  });
});

describe("the tree: reorder, move, delete", () => {
  it("reorders klasifikasi and moves a pekerjaan to another sub-klasifikasi at a position", async () => {
    const fresh = await newProject(token);
    const a = await newSection(token, fresh, "A");
    const b = await newSection(token, fresh, "B");
    const p1 = await newPekerjaan(token, fresh, a.subKlasifikasiId, { uraian: "P1" });
    const p2 = await newPekerjaan(token, fresh, a.subKlasifikasiId, { uraian: "P2" });
    const q1 = await newPekerjaan(token, fresh, b.subKlasifikasiId, { uraian: "Q1" });
    await ok(token, `/api/v1/projects/${fresh}/klasifikasi/${b.klasifikasiId}`, { method: "PATCH", json: { position: 0, name: "B baru" } });
    await ok(token, `/api/v1/projects/${fresh}/pekerjaan/${p2}`, {
      method: "PATCH",
      json: { subKlasifikasiId: b.subKlasifikasiId, position: 0 },
    });
    const tree = await ok(token, `/api/v1/projects/${fresh}/tree`);
    expect(tree.klasifikasi.map((k: any) => [k.name, k.subKlasifikasi[0].pekerjaan.map((p: any) => p.id)])).toEqual([
      ["B baru", [p2, q1]],
      ["A", [p1]],
    ]);
    await ok(token, `/api/v1/projects/${fresh}/klasifikasi/${b.klasifikasiId}`, { method: "DELETE" });
    const after = await ok(token, `/api/v1/projects/${fresh}/tree`);
    expect(after.klasifikasi.map((k: any) => k.name)).toEqual(["A"]);
    expect((await call(`/api/v1/projects/${fresh}/pekerjaan/${q1}`, { token })).status).toBe(404);
  });
});
