// Price-list import into Harga Items: the preview writes nothing, the apply writes exactly
// what the preview showed (plus the user's choices) in one transaction, and a preview that
// went stale is refused. The regency list in ../shared is tried against a project built from
// the sample project's items of the shipped library; skipped, with the reason printed, where it is absent.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { HEADER, toCsv } from "@/lib/ahsp/test-support";
import { loadAhspLibrary } from "@/prisma/seed/ahsp-library";
import { SAMPLE_KODES } from "@/prisma/seed/sample-project";
import { query } from "../support/database";
import { rabClient, type LineBody } from "../support/rab";
import { referenceClient, uniqueEdition } from "../support/reference";

const databaseUrl = inject("databaseUrl");
const { call, newUser, ok, newProject, newSection, newPekerjaan, setPrices } = rabClient(inject("baseUrl"));

const PANGANDARAN = path.resolve(import.meta.dirname, "../../../shared/data/ahsp/harga_pangandaran_2023.csv");
const pangandaranPresent = existsSync(PANGANDARAN);
if (!pangandaranPresent)
  console.log(`[skip] ${PANGANDARAN} not found (a newcomer's machine has no ../shared): Pangandaran price-list test skipped.`);

const LINES: LineBody[] = [
  { kategori: "TK", kode: "TK-0001", uraian: "Mandor", satuan: "OH", koefisien: "0.1" },
  { kategori: "TK", kode: "TK-0005", uraian: "Pekerja", satuan: "OH", koefisien: "1" },
  { kategori: "BHN", kode: "B-0152", uraian: "Semen Portland", satuan: "kg", koefisien: "10" },
  { kategori: "BHN", kode: "B-0017", uraian: "Pasir Beton", satuan: "m3", koefisien: "0.5" },
  { kategori: "BHN", kode: "B-0165", uraian: "Dolken kayu dia. 8- 10 cm panjang 4 m", satuan: "batang", koefisien: "2" },
  { kategori: "BHN", kode: "B-0167", uraian: "Dolken kayu dia. 8- 10 cm panjang 4 m", satuan: "batang", koefisien: "3" },
];
const PRICES = { "TK-0001": "100000", "TK-0005": "80000", "B-0152": "1500", "B-0017": "300000", "B-0165": "100000", "B-0167": "100000" };

/** Rows 2..9; row 1 is the header. */
const PRICE_LIST = toCsv(
  [
    ["kode", "uraian", "satuan", "harga"],
    ["tk-0001", "Mandor lapangan", "Orang/Hari", "115.000"], // 2: kode, case aside
    ["", "PEKERJA", "Orang / Hari", "90.000"], // 3: name and unit
    ["", "Dolken Kayu Dia 8-10 cm Panjang 4 m", "Btg", "108.140"], // 4: two items of that name
    ["", "Kawat las", "kg", "25.000"], // 5: nothing of that name
    ["", "Pasir beton", "m³", "-5"], // 6: negative
    ["B-0152", "Semen Portland", "Zak", "NaN"], // 7: not a number
    ["", "Pasir Beton", "M3", "313.956"], // 8: name and unit
    ["B-0152", "Semen Portland", "kg", "1.500"], // 9: kode, price unchanged
  ],
  ";",
);

interface Fixture {
  token: string;
  projectId: string;
}

async function pricedProject(token: string): Promise<string> {
  const projectId = await newProject(token, { name: "Gedung Impor Harga" });
  const { subKlasifikasiId } = await newSection(token, projectId);
  await newPekerjaan(token, projectId, subKlasifikasiId, { uraian: "Beton dan bekisting", lines: LINES, volume: "4" });
  await setPrices(token, projectId, PRICES);
  return projectId;
}

function importForm(file: string | Uint8Array | Blob, fields: Record<string, string> = {}, name = "harga.csv"): FormData {
  const form = new FormData();
  form.set("file", file instanceof Blob ? file : new Blob([file as BlobPart]), name);
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

function fieldsOnly(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

function importCall(token: string, projectId: string, body: BodyInit, headers: Record<string, string> = {}) {
  return call(`/api/v1/projects/${projectId}/harga-items/import`, { method: "POST", body, token, headers });
}

async function preview(f: Fixture, file: string | Uint8Array = PRICE_LIST) {
  const res = await importCall(f.token, f.projectId, importForm(file));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

/** Everything an import may touch: prices, the contentRevision, the audit trail. */
async function snapshot(projectId: string) {
  const items = await query(databaseUrl, `SELECT kode, harga::text AS harga FROM "HargaItem" WHERE "projectId" = $1 ORDER BY kode`, [
    projectId,
  ]);
  const [project] = await query(databaseUrl, `SELECT "contentRevision" FROM "Project" WHERE id = $1`, [projectId]);
  const [audit] = await query(databaseUrl, `SELECT count(*)::int AS n FROM "AuditEntry" WHERE "projectId" = $1`, [projectId]);
  return { items, contentRevision: project!.contentRevision as number, audit: audit!.n as number };
}

const prices = async (f: Fixture) =>
  Object.fromEntries(((await ok(f.token, `/api/v1/projects/${f.projectId}/harga-items`)) as any[]).map((i) => [i.kode, i.harga]));

describe("price-list import: preview", () => {
  let f: Fixture;
  beforeAll(async () => {
    const user = await newUser("harga-import");
    f = { token: user.token, projectId: await pricedProject(user.token) };
  });

  it("classifies rows as matched, ambiguous, unmatched and invalid, with old and new harga, and writes nothing", async () => {
    const before = await snapshot(f.projectId);
    const data = await preview(f);
    expect(data.counts).toEqual({ rows: 8, matched: 4, changed: 3, ambiguous: 1, unmatched: 1, invalid: 2 });
    expect(data.matched.map((m: any) => [m.row, m.hargaItem.kode, m.by, m.oldHarga, m.newHarga, m.changed, m.unitDiffers])).toEqual([
      [2, "TK-0001", "kode", "100000.00", "115000.00", true, false],
      [3, "TK-0005", "uraian", "80000.00", "90000.00", true, false],
      [8, "B-0017", "uraian", "300000.00", "313956.00", true, false],
      [9, "B-0152", "kode", "1500.00", "1500.00", false, false],
    ]);
    expect(data.ambiguous).toEqual([
      expect.objectContaining({
        row: 4,
        reason: "several-items",
        newHarga: "108140.00",
        candidates: [
          expect.objectContaining({ kode: "B-0165", harga: "100000.00" }),
          expect.objectContaining({ kode: "B-0167", harga: "100000.00" }),
        ],
      }),
    ]);
    expect(data.unmatched).toEqual([expect.objectContaining({ row: 5, uraian: "Kawat las", newHarga: "25000.00" })]);
    expect(data.invalid.map((r: any) => [r.row, r.reasons])).toEqual([
      [6, ["harga negatif (-5)"]],
      [7, ['harga "NaN" bukan angka']],
    ]);
    expect(data.contentRevision).toBe(before.contentRevision);
    // The old name, answered until the next release.
    expect(data.revision).toBe(before.contentRevision);
    expect(data.token).toMatch(new RegExp(`^${before.contentRevision}\\.[0-9a-f]{64}$`));
    expect(await snapshot(f.projectId)).toEqual(before);
  });

  it("reads XLSX as well", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Harga");
    sheet.addRow(["Kode", "Uraian", "Satuan", "Harga Satuan"]);
    sheet.addRow(["TK-0005", "Pekerja", "OH", 95000]);
    const xlsx = new Blob([new Uint8Array(await workbook.xlsx.writeBuffer())]);
    const res = await importCall(f.token, f.projectId, importForm(xlsx, {}, "harga.xlsx"));
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ format: "xlsx", sheetName: "Harga", counts: { matched: 1 } });
    expect(res.body.data.matched[0]).toMatchObject({ row: 2, newHarga: "95000.00" });
  });
});

describe("price-list import: apply", () => {
  let f: Fixture;
  let twin: Fixture;
  beforeAll(async () => {
    const user = await newUser("harga-apply");
    f = { token: user.token, projectId: await pricedProject(user.token) };
    twin = { token: user.token, projectId: await pricedProject(user.token) };
  });

  it("writes exactly the matched rows and the chosen candidate in one audited write; the rekap follows", async () => {
    const before = await snapshot(f.projectId);
    const rekapBefore = await ok(f.token, `/api/v1/projects/${f.projectId}/rekap-rab`);
    const { token, ambiguous } = await preview(f);
    const chosen = ambiguous[0].candidates[1].id;
    const res = await importCall(
      f.token,
      f.projectId,
      importForm(PRICE_LIST, { mode: "apply", token, choices: JSON.stringify([{ row: 4, hargaItemId: chosen }]) }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const data = res.body.data;
    expect(data.applied).toEqual({ updated: 4, unchanged: 1, skipped: 0 });
    expect(data.items.map((i: any) => [i.kode, i.oldHarga, i.newHarga, i.rows])).toEqual([
      ["TK-0001", "100000.00", "115000.00", [2]],
      ["TK-0005", "80000.00", "90000.00", [3]],
      ["B-0167", "100000.00", "108140.00", [4]],
      ["B-0017", "300000.00", "313956.00", [8]],
    ]);
    expect(await prices(f)).toEqual({
      "TK-0001": "115000.00",
      "TK-0005": "90000.00",
      "B-0152": "1500.00",
      "B-0017": "313956.00",
      "B-0165": "100000.00",
      "B-0167": "108140.00",
    });

    const after = await snapshot(f.projectId);
    // One UPDATE statement: the statement-level trigger bumps the contentRevision once.
    expect(after.contentRevision).toBe(before.contentRevision + 1);
    expect(data.contentRevision).toBe(after.contentRevision);
    expect(data.revision).toBe(after.contentRevision);
    expect(after.audit).toBe(before.audit + 1);
    const [entry] = await ok(f.token, `/api/v1/projects/${f.projectId}/audit?entity=hargaItems&limit=1`);
    expect(entry).toMatchObject({ action: "update", after: expect.arrayContaining([{ kode: "B-0167", harga: "108140.00" }]) });

    // The same prices typed through the ordinary PATCH give the same Rekap RAB.
    await setPrices(twin.token, twin.projectId, { "TK-0001": "115000", "TK-0005": "90000", "B-0017": "313956", "B-0167": "108140" });
    const [rekapAfter, rekapTwin] = await Promise.all([
      ok(f.token, `/api/v1/projects/${f.projectId}/rekap-rab`),
      ok(twin.token, `/api/v1/projects/${twin.projectId}/rekap-rab`),
    ]);
    expect(rekapAfter.totals).toEqual(rekapTwin.totals);
    expect(rekapAfter.totals.total).not.toBe(rekapBefore.totals.total);
  });

  it("skips a matched row the user chose away, and writes nothing when choices conflict", async () => {
    const { token, matched } = await preview(
      f,
      toCsv([
        ["kode", "harga"],
        ["TK-0001", "120000"],
        ["TK-0005", "95000"],
      ]),
    );
    expect(matched).toHaveLength(2);
    const before = await snapshot(f.projectId);
    const conflict = toCsv([
      ["kode", "uraian", "satuan", "harga"],
      ["TK-0005", "", "", "91000"],
      ["", "Pekerja", "OH", "92000"],
    ]);
    const p = await preview(f, conflict);
    expect(p.ambiguous.map((a: any) => [a.row, a.reason])).toEqual([
      [2, "several-rows"],
      [3, "several-rows"],
    ]);
    const pekerja = p.ambiguous[0].candidates[0].id;
    const both = JSON.stringify([
      { row: 2, hargaItemId: pekerja },
      { row: 3, hargaItemId: pekerja },
    ]);
    const refused = await importCall(f.token, f.projectId, importForm(conflict, { mode: "apply", token: p.token, choices: both }));
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("Kode TK-0005 diberi dua harga berbeda (baris 2 dan 3)");
    expect(await snapshot(f.projectId)).toEqual(before);

    const skip = JSON.stringify([{ row: 2, hargaItemId: null }]);
    const file = toCsv([
      ["kode", "harga"],
      ["TK-0001", "120000"],
      ["TK-0005", "95000"],
    ]);
    const res = await importCall(f.token, f.projectId, importForm(file, { mode: "apply", token, choices: skip }));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data.applied).toEqual({ updated: 1, unchanged: 0, skipped: 1 });
    expect(await prices(f)).toMatchObject({ "TK-0001": "115000.00", "TK-0005": "95000.00" });
  });

  it("answers 409 when the project changed since the preview, or the file is another one, and writes nothing", async () => {
    const file = toCsv([
      ["kode", "harga"],
      ["TK-0001", "130000"],
    ]);
    const { token } = await preview(f, file);
    const other = await importCall(
      f.token,
      f.projectId,
      importForm(
        toCsv([
          ["kode", "harga"],
          ["TK-0001", "140000"],
        ]),
        { mode: "apply", token },
      ),
    );
    expect(other.status).toBe(409);
    expect(other.body.error.message).toContain("Berkas berbeda");

    await setPrices(f.token, f.projectId, { "B-0165": "99000" });
    const before = await snapshot(f.projectId);
    const stale = await importCall(f.token, f.projectId, importForm(file, { mode: "apply", token }));
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Proyek telah berubah sejak pratinjau") });
    expect(await snapshot(f.projectId)).toEqual(before);
  });

  it("refuses choices naming a harga item of another project (404) or a non-candidate (400)", async () => {
    const stranger = await newUser("harga-stranger");
    const foreignProject = await pricedProject(stranger.token);
    const [foreign] = await ok(stranger.token, `/api/v1/projects/${foreignProject}/harga-items`);
    const { token, ambiguous } = await preview(f);
    const before = await snapshot(f.projectId);
    const apply = (hargaItemId: string) =>
      importCall(
        f.token,
        f.projectId,
        importForm(PRICE_LIST, { mode: "apply", token, choices: JSON.stringify([{ row: 4, hargaItemId }]) }),
      );

    const notFound = await apply(foreign.id);
    expect(notFound.status).toBe(404);
    expect(notFound.body.error.details.fields).toEqual([{ path: "choices.0.hargaItemId", message: "Item harga tidak ditemukan." }]);
    const own = (await ok(f.token, `/api/v1/projects/${f.projectId}/harga-items`)).find((i: any) => i.kode === "TK-0005");
    expect(ambiguous[0].candidates.map((c: any) => c.id)).not.toContain(own.id);
    const notCandidate = await apply(own.id);
    expect(notCandidate.status).toBe(400);
    expect(notCandidate.body.error.details.fields[0].path).toBe("choices.0.hargaItemId");
    expect(await snapshot(f.projectId)).toEqual(before);
  });
});

describe("price-list import: hostile and malformed requests", () => {
  let f: Fixture;
  beforeAll(async () => {
    const user = await newUser("harga-hostile");
    f = { token: user.token, projectId: await pricedProject(user.token) };
  });

  it.each([
    [
      "a PDF named .csv",
      () => importForm(new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x01])])),
      415,
      "UNSUPPORTED_MEDIA_TYPE",
    ],
    [
      "an old .xls",
      () => importForm(new Blob([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])]), {}, "harga.xls"),
      415,
      "UNSUPPORTED_MEDIA_TYPE",
    ],
    ["an empty file", () => importForm(""), 400, "VALIDATION_ERROR"],
    ["a file without a harga column", () => importForm("kode,uraian\nA,b\n"), 400, "VALIDATION_ERROR"],
    ["no file part", () => fieldsOnly({ mode: "preview" }), 400, "VALIDATION_ERROR"],
    ["an unknown mode", () => importForm(PRICE_LIST, { mode: "overwrite" }), 400, "VALIDATION_ERROR"],
    ["apply without a token", () => importForm(PRICE_LIST, { mode: "apply" }), 400, "VALIDATION_ERROR"],
    [
      "choices that are not JSON",
      () => importForm(PRICE_LIST, { mode: "apply", token: `1.${"a".repeat(64)}`, choices: "[{row" }),
      400,
      "VALIDATION_ERROR",
    ],
    ["an unknown field", () => importForm(PRICE_LIST, { overwrite: "true" }), 400, "VALIDATION_ERROR"],
  ])("refuses %s", async (_name, form, status, code) => {
    const before = await snapshot(f.projectId);
    const res = await importCall(f.token, f.projectId, form());
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(await snapshot(f.projectId)).toEqual(before);
  });

  it("refuses a raw (non-multipart) body with 415", async () => {
    const res = await importCall(f.token, f.projectId, PRICE_LIST, { "content-type": "text/csv" });
    expect(res.status).toBe(415);
    expect(res.body.error.message).toContain("multipart/form-data");
  });

  it("refuses a file over 10 MB with a 413 envelope", async () => {
    const huge = "kode,harga\n" + "X-1,1\n".repeat(Math.ceil((10 * 1024 * 1024) / 6) + 10);
    const res = await importCall(f.token, f.projectId, importForm(huge));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ ok: false, error: { code: "PAYLOAD_TOO_LARGE", requestId: expect.any(String) } });
  });

  it("answers 404 to a user who does not own the project", async () => {
    const intruder = await newUser("harga-intruder");
    const before = await snapshot(f.projectId);
    const res = await importCall(intruder.token, f.projectId, importForm(PRICE_LIST));
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("NOT_FOUND");
    const { token } = await preview(f);
    const apply = await importCall(intruder.token, f.projectId, importForm(PRICE_LIST, { mode: "apply", token }));
    expect(apply.status).toBe(404);
    expect(await snapshot(f.projectId)).toEqual(before);
  });
});

/** The shipped library's items of the demo sample project, as a small upload of their own. */
async function sampleItemsCsv(): Promise<string> {
  const { items } = await loadAhspLibrary();
  const sample = items.filter((i) => SAMPLE_KODES.includes(i.kode));
  return toCsv([
    HEADER,
    ...sample.flatMap((i) =>
      i.lines.map((l) => [i.kode, i.uraian, i.satuan, l.kategori, l.kodeItem, l.uraianItem, l.satuanItem, l.koefisien]),
    ),
  ]);
}

describe.skipIf(!pangandaranPresent)("the Pangandaran 2023 SSH/SBU list against a project from the shipped library", () => {
  let f: Fixture;

  beforeAll(async () => {
    const ref = referenceClient(inject("baseUrl"), databaseUrl);
    const admin = await ref.newAdmin("harga-demo");
    const edition = uniqueEdition("demo harga");
    const editionId = await ref.importEdition(admin.token, edition, await sampleItemsCsv());
    const items = await query(databaseUrl, `SELECT id FROM "AhspItem" WHERE "editionId" = $1 ORDER BY position`, [editionId]);
    const projectId = await newProject(admin.token, { name: "Gedung Demo Pangandaran" });
    const { subKlasifikasiId } = await newSection(admin.token, projectId);
    for (const { id } of items) {
      await ok(admin.token, `/api/v1/projects/${projectId}/pekerjaan`, { json: { subKlasifikasiId, source: "ref", ahspId: id } }, 201);
    }
    f = { token: admin.token, projectId };
  });

  it("previews the regency list: labour by name and unit, duplicates as ambiguous, then applies", async () => {
    const file = new Uint8Array(readFileSync(PANGANDARAN));
    const started = performance.now();
    const data = await preview(f, file);
    const previewMs = performance.now() - started;
    const hargaItems = (await ok(f.token, `/api/v1/projects/${f.projectId}/harga-items`)) as any[];
    console.log(
      `[harga-import] Pangandaran vs demo project (${hargaItems.length} harga items): ${JSON.stringify(data.counts)}; preview ${previewMs.toFixed(0)} ms`,
    );
    console.log(
      `[harga-import] matched: ${data.matched.map((m: any) => `${m.hargaItem.kode} ${m.hargaItem.uraian} ← row ${m.row} ${m.newHarga}`).join("; ")}`,
    );
    console.log(
      `[harga-import] ambiguous: ${data.ambiguous.map((a: any) => `row ${a.row} ${a.uraian}/${a.spesifikasi} ${a.newHarga} (${a.reason}: ${a.candidates.map((c: any) => c.kode).join(",")})`).join("; ")}`,
    );
    expect(data.counts.rows).toBe(10708);
    expect(data.counts.invalid).toBe(2);
    expect(data.counts.matched + data.counts.ambiguous + data.counts.unmatched + data.counts.invalid).toBe(10708);
    expect(data.unmatched).toHaveLength(1000);
    const kepalaTukang = data.matched.find((m: any) => m.hargaItem.kode === "L.03");
    expect(kepalaTukang).toMatchObject({ by: "uraian", newHarga: "115000.00", spesifikasi: "Kepala Tukang", satuan: "Orang/Hari" });

    const res = await importCall(f.token, f.projectId, importForm(file, { mode: "apply", token: data.token }));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data.applied.updated).toBe(data.matched.filter((m: any) => m.changed).length);
    const after = Object.fromEntries(
      ((await ok(f.token, `/api/v1/projects/${f.projectId}/harga-items`)) as any[]).map((i) => [i.kode, i.harga]),
    );
    for (const m of data.matched) expect(after[m.hargaItem.kode]).toBe(m.newHarga);
    // Every price was 0 before: a pekerjaan using a matched resource now has a unit price.
    const rekap = await ok(f.token, `/api/v1/projects/${f.projectId}/rekap-rab`);
    const priced = rekap.klasifikasi
      .flatMap((k: any) => k.subKlasifikasi.flatMap((s: any) => s.pekerjaan))
      .filter((p: any) => p.E !== "0.00");
    expect(priced.length).toBeGreaterThan(0);
  });
});
