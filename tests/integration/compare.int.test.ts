// The tambah-kurang comparison over HTTP (GET …/compare and the perbandingan exports), live
// against live: every row unchanged and a zero net, the totals the Rekap RAB's; the XLSX with
// live formulas whose cached values are the JSON answer's, the CSV re-adding. Comparisons of
// versions are in the versions suite.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { parseTyped } from "@/lib/format/number";
import type { ComparisonView } from "@/lib/versions/types";
import { asMoney, expectFormulasConsistent, formulaAt, numberAt, pdfPages, readCsv, readWorkbook, rowsByText } from "../support/exports";
import { type LineBody, rabClient } from "../support/rab";

const baseUrl = inject("baseUrl");
const { call, newUser, ok, newProject, newSection, newPekerjaan, setPrices } = rabClient(baseUrl);

const LINES: LineBody[] = [
  { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "0.75" },
  { kategori: "BHN", kode: "B.01", uraian: "Semen", satuan: "kg", koefisien: "12.5" },
];
const OTHER_LINES: LineBody[] = [{ kategori: "ALT", kode: "E.01", uraian: "Molen", satuan: "jam", koefisien: "0.333333" }];
/** The sheet's columns (1-based): uraian, jumlah kontrak, jumlah addendum, tambah, kurang. */
const URAIAN = 2;
const JUMLAH_BEFORE = 6;
const JUMLAH_AFTER = 9;
const TAMBAH = 10;
const KURANG = 11;

let token: string;
let projectId: string;
let comparison: ComparisonView;
let rekap: any;

async function download(file: string, query = "from=live&to=live") {
  const res = await fetch(`${baseUrl}/api/v1/projects/${projectId}/exports/${file}?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: res.status, contentType: res.headers.get("content-type"), body: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(async () => {
  ({ token } = await newUser("perbandingan"));
  projectId = await newProject(token, { name: "Gedung Addendum" });
  const persiapan = await newSection(token, projectId, "Pekerjaan Persiapan");
  await newPekerjaan(token, projectId, persiapan.subKlasifikasiId, {
    uraian: "Pembersihan lokasi",
    kode: "1.1",
    lines: LINES,
    volume: "120.5",
  });
  await newPekerjaan(token, projectId, persiapan.subKlasifikasiId, { uraian: "Bouwplank", kode: "1.2", lines: OTHER_LINES, volume: "3" });
  const struktur = await newSection(token, projectId, "Pekerjaan Struktur");
  await newPekerjaan(token, projectId, struktur.subKlasifikasiId, { uraian: "Beton K-225", kode: "2.1", lines: LINES, volume: "12.345" });
  await setPrices(token, projectId, { "L.01": "110000", "B.01": "1375.50", "E.01": "85000" });
  comparison = await ok(token, `/api/v1/projects/${projectId}/compare?from=live&to=live`);
  rekap = await ok(token, `/api/v1/projects/${projectId}/rekap-rab`);
});

const rowsOf = (c: ComparisonView) => c.klasifikasi.flatMap((k) => k.subKlasifikasi.flatMap((s) => s.pekerjaan));

describe("GET …/compare", () => {
  it("finds every pekerjaan unchanged, at its Rekap RAB figures, and a zero net", () => {
    const live = { id: "live", name: "Estimasi saat ini", kind: null, createdAt: null };
    expect([comparison.from, comparison.to]).toEqual([live, live]);
    const rows = rowsOf(comparison);
    expect(rows).toHaveLength(3);
    const printed = rekap.klasifikasi.flatMap((k: any) => k.subKlasifikasi.flatMap((s: any) => s.pekerjaan));
    rows.forEach((row, i) => {
      expect(row).toMatchObject({
        pekerjaanId: printed[i].id,
        status: "unchanged",
        changes: [],
        volumeBefore: printed[i].volume,
        volumeAfter: printed[i].volume,
        jumlahBefore: printed[i].jumlah,
        jumlahAfter: printed[i].jumlah,
        jumlahDelta: "0.00",
        tambah: "0.00",
        kurang: "0.00",
      });
    });
    const side = {
      totalBiayaLangsung: rekap.totals.totalBiayaLangsung,
      ppn: rekap.totals.ppn,
      total: rekap.totals.total,
      pembulatan: rekap.totals.pembulatan,
    };
    expect(comparison.totals).toMatchObject({ before: side, after: side, tambah: "0.00", kurang: "0.00", net: "0.00", netPercent: "0.00" });
    expect(comparison.totals).toMatchObject({ thresholdPercent: "10.00", overThreshold: false });
  });

  it("answers 400 for a missing or malformed side and 404 for a version that is not the project's", async () => {
    const base = `/api/v1/projects/${projectId}/compare`;
    const missing = await call(`${base}?from=live`, { token });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.fields.map((f: any) => f.path)).toEqual(["query.to"]);
    expect((await call(`${base}?from=live&to=kemarin`, { token })).status).toBe(400);
    expect((await call(`${base}?from=${randomUUID()}&to=live`, { token })).status).toBe(404);
  });
});

describe("exports/perbandingan", () => {
  it("answers each format with its content type, and refuses without both sides", async () => {
    const types = {
      "perbandingan.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "perbandingan.pdf": "application/pdf",
      "perbandingan.csv": "text/csv; charset=utf-8",
    };
    for (const [file, type] of Object.entries(types)) {
      const answer = await download(file);
      expect(answer.status, file).toBe(200);
      expect(answer.contentType).toBe(type);
    }
    expect((await download("perbandingan.xlsx", "from=live")).status).toBe(400);
    expect((await download("perbandingan.csv", `from=${randomUUID()}&to=live`)).status).toBe(404);
  });

  it("PDF: the tambah-kurang document with its header block", async () => {
    const text = pdfPages((await download("perbandingan.pdf")).body).join("\n");
    expect(text).toContain("DAFTAR KUANTITAS DAN HARGA (TAMBAH / KURANG)");
    expect(text).toContain("Gedung Addendum");
    expect(text).toContain("Tambah (Rp)");
  });

  it("CSV: the items re-add to every subtotal and to D, on both sides", async () => {
    const records = readCsv((await download("perbandingan.csv")).body);
    expect(records[0]).toEqual([
      "No",
      "Uraian Pekerjaan",
      "Satuan",
      "Volume Kontrak",
      "Harga Satuan Kontrak (Rp)",
      "Jumlah Kontrak (Rp)",
      "Volume Addendum",
      "Harga Satuan Addendum (Rp)",
      "Jumlah Addendum (Rp)",
      "Tambah (Rp)",
      "Kurang (Rp)",
    ]);
    const value = (text: string) => {
      if (text === "") return "0";
      const parsed = parseTyped(text, "parameter", { separator: "comma" });
      if (!parsed.ok) throw new Error(`${text}: ${parsed.error}`);
      return parsed.value;
    };
    const items = records.slice(1).filter((r) => r[2] !== "");
    expect(items.map((r) => r[1])).toEqual(rowsOf(comparison).map((r) => r.uraian));
    const d = records.find((r) => r[0] === "JUMLAH BIAYA LANGSUNG (D)")!;
    for (const column of [5, 8, 9, 10]) {
      const sum = items.reduce((s, r) => s + Math.round(Number(value(r[column]!)) * 100), 0);
      expect(sum, records[0]![column]).toBe(Math.round(Number(value(d[column]!)) * 100));
    }
    expect(value(d[5]!)).toBe(comparison.totals.before.totalBiayaLangsung.replace(/\.?0+$/, ""));
    const bulat = records.find((r) => r[0] === "DIBULATKAN")!;
    expect(value(bulat[8]!)).toBe(comparison.totals.after.pembulatan.replace(/\.?0+$/, ""));
  });

  it("XLSX: jumlah, tambah and kurang are live formulas whose cached values are the JSON answer's", async () => {
    const workbook = await readWorkbook((await download("perbandingan.xlsx")).body);
    const sheet = workbook.getWorksheet("Tambah Kurang")!;
    const rows = rowsByText(sheet, URAIAN, 10);
    for (const p of rowsOf(comparison)) {
      const row = rows.get(p.uraian)!;
      expect(row, p.uraian).toBeDefined();
      const expected = { [JUMLAH_BEFORE]: p.jumlahBefore, [JUMLAH_AFTER]: p.jumlahAfter, [TAMBAH]: p.tambah, [KURANG]: p.kurang };
      for (const [column, value] of Object.entries(expected)) {
        const cell = row.getCell(Number(column));
        expect(formulaAt(cell), `${p.uraian} ${cell.address}`).toBeTruthy();
        expect(asMoney(numberAt(cell))).toBe(value);
      }
    }
    const totals = rowsByText(sheet, 1, 10);
    expect(asMoney(numberAt(totals.get("JUMLAH BIAYA LANGSUNG (D)")!.getCell(JUMLAH_BEFORE)))).toBe(
      comparison.totals.before.totalBiayaLangsung,
    );
    expect(asMoney(numberAt(totals.get("DIBULATKAN")!.getCell(JUMLAH_AFTER)))).toBe(comparison.totals.after.pembulatan);
    expect(asMoney(numberAt(totals.get("PERUBAHAN BERSIH (TAMBAH − KURANG)")!.getCell(TAMBAH)))).toBe(comparison.totals.net);
    expect(expectFormulasConsistent(workbook, sheet)).toBeGreaterThan(20);
  });
});

describe("a contract against its addendum", () => {
  let kontrak: string;
  let addendum: string;
  let ids: { bersih: string; bouwplank: string; beton: string; galian: string };
  let versus: ComparisonView;
  let project: string;

  beforeAll(async () => {
    project = await newProject(token, { name: "Gedung CCO" });
    const persiapan = await newSection(token, project, "Pekerjaan Persiapan");
    const struktur = await newSection(token, project, "Pekerjaan Struktur");
    const made = {
      bersih: await newPekerjaan(token, project, persiapan.subKlasifikasiId, {
        uraian: "Pembersihan",
        kode: "1.1",
        lines: LINES,
        volume: "120.5",
      }),
      bouwplank: await newPekerjaan(token, project, persiapan.subKlasifikasiId, {
        uraian: "Bouwplank",
        kode: "1.2",
        lines: OTHER_LINES,
        volume: "3",
      }),
      beton: await newPekerjaan(token, project, struktur.subKlasifikasiId, {
        uraian: "Beton K-225",
        kode: "2.1",
        lines: LINES,
        volume: "12.345",
      }),
    };
    await setPrices(token, project, { "L.01": "110000", "B.01": "1375.50", "E.01": "85000" });
    const base = `/api/v1/projects/${project}`;
    kontrak = (await ok(token, `${base}/versions`, { json: { name: "Kontrak", kind: "kontrak" } }, 201)).id;
    // The addendum: two volumes changed, one pekerjaan renamed and moved, one added.
    await ok(token, `${base}/pekerjaan/${made.bersih}/volume`, { method: "PUT", json: { value: "100" } });
    await ok(token, `${base}/pekerjaan/${made.beton}/volume`, { method: "PUT", json: { value: "15.5" } });
    await ok(token, `${base}/pekerjaan/${made.bouwplank}`, {
      method: "PATCH",
      json: { kode: "2.9", uraian: "Bouwplank tambahan", subKlasifikasiId: struktur.subKlasifikasiId },
    });
    const galian = await newPekerjaan(token, project, struktur.subKlasifikasiId, {
      uraian: "Galian",
      kode: "2.2",
      lines: LINES,
      volume: "8",
    });
    ids = { ...made, galian };
    addendum = (await ok(token, `${base}/versions`, { json: { name: "Addendum 1", kind: "addendum" } }, 201)).id;
    versus = await ok(token, `${base}/compare?from=${kontrak}&to=${addendum}`);
  });

  it("names the sides and matches pekerjaan by identity: a renamed, moved pekerjaan is changed, not removed and added", () => {
    expect(versus.from).toMatchObject({ id: kontrak, name: "Kontrak", kind: "kontrak" });
    expect(versus.to).toMatchObject({ id: addendum, name: "Addendum 1", kind: "addendum" });
    const byId = new Map(rowsOf(versus).map((r) => [r.pekerjaanId, r]));
    expect(byId.size).toBe(4);
    expect(byId.get(ids.bersih)).toMatchObject({ status: "changed", changes: ["volume"], volumeBefore: "120.500", volumeAfter: "100.000" });
    expect(byId.get(ids.beton)).toMatchObject({ status: "changed", changes: ["volume"], volumeDelta: "3.155" });
    expect(byId.get(ids.bouwplank)).toMatchObject({ status: "changed", kode: "2.9", uraian: "Bouwplank tambahan", jumlahDelta: "0.00" });
    expect(byId.get(ids.bouwplank)!.changes).toEqual(expect.arrayContaining(["kode", "uraian", "moved"]));
    expect(byId.get(ids.galian)).toMatchObject({ status: "added", volumeBefore: null, jumlahBefore: null });
  });

  it("re-adds: every row's tambah − kurang is its delta, and Σ tambah − Σ kurang = D after − D before", () => {
    // Money in sen as a bigint: exact, whatever the size.
    const money = (text: string | null) => (text === null ? 0n : BigInt(text.replace(".", "")));
    let tambah = 0n;
    let kurang = 0n;
    for (const row of rowsOf(versus)) {
      expect(money(row.jumlahAfter) - money(row.jumlahBefore)).toBe(money(row.jumlahDelta));
      expect(money(row.tambah) - money(row.kurang)).toBe(money(row.jumlahDelta));
      tambah += money(row.tambah);
      kurang += money(row.kurang);
    }
    const { before, after } = versus.totals;
    expect([tambah, kurang]).toEqual([money(versus.totals.tambah), money(versus.totals.kurang)]);
    expect(tambah - kurang).toBe(money(after.totalBiayaLangsung) - money(before.totalBiayaLangsung));
    expect(money(versus.totals.net)).toBe(tambah - kurang);
  });

  it("compares a version with the live estimate too, and the addendum version is the live one", async () => {
    const withLive = await ok(token, `/api/v1/projects/${project}/compare?from=${kontrak}&to=live`);
    expect(withLive.totals).toEqual(versus.totals);
    const stillLive = await ok(token, `/api/v1/projects/${project}/compare?from=${addendum}&to=live`);
    expect(stillLive.totals).toMatchObject({ tambah: "0.00", kurang: "0.00", net: "0.00" });
  });
});
