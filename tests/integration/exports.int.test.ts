// Exports over HTTP: every report in every format parses back, and its numbers are the API's.
// XLSX is read with exceljs (cached results compared with the API's decimal strings, and our
// formulas recomputed from the cells they name), PDF with pdftotext/pdfinfo, CSV with
// csv-parse. Also: injection and markup stay inert, file names and Content-Disposition for a
// non-ASCII project name, 404 for other users and for unknown files.
import type ExcelJS from "exceljs";
import sharp from "sharp";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { parseTyped } from "@/lib/format/number";
import {
  asMoney,
  evaluateFormula,
  formulaAt,
  numberAt,
  pdfInfo,
  pdfPages,
  picturesOf,
  readCsv,
  readWorkbook,
  rowsByText,
} from "../support/exports";
import { type LineBody, rabClient } from "../support/rab";

const baseUrl = inject("baseUrl");
const { call, newUser, ok, newProject, newSection, newPekerjaan, setPrices } = rabClient(baseUrl);

const FILES = [
  "rekap-rab.xlsx",
  "rekap-rab.pdf",
  "rekap-rab.csv",
  "rincian-ahsp.xlsx",
  "rincian-ahsp.pdf",
  "rincian-ahsp.csv",
  "harga-items.xlsx",
  "harga-items.pdf",
  "harga-items.csv",
  "rekap-kebutuhan.xlsx",
  "rekap-kebutuhan.pdf",
  "rekap-kebutuhan.csv",
  "volume.xlsx",
  "volume.pdf",
  "jadwal.xlsx",
  "jadwal.pdf",
];

const PROJECT_NAME = "Gedung Serbaguna Café Ñusa";
const ROUNDING_LINE = "Pembulatan: harga satuan dibulatkan ke sen (Rp 0,01); jumlah harga dan PPN ke sen (Rp 0,01).";
const INJECTION = '=HYPERLINK("http://evil.example","klik")';
const MARKUP = "<script>alert(1)</script> Beton K-225";
const PARTIES = {
  owner: { name: "Ir. Budi Santoso", title: "Pejabat Pembuat Komitmen" },
  contractor: { name: "PT Karya Nusantara", title: "Direktur Utama" },
  planningConsultant: { name: "CV Rancang Bangun", title: "Team Leader" },
  supervisingConsultant: { name: "CV Awas Mutu", title: "Pengawas Lapangan" },
};

// Domain example 1 (E 410.000, BUK 10% → G 451.000) and lines with odd decimals.
const EXAMPLE_LINES: LineBody[] = [
  { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "1" },
  { kategori: "BHN", kode: "B.01", uraian: "Pasir", satuan: "m3", koefisien: "2" },
  { kategori: "ALT", kode: "A.01", uraian: "Molen", satuan: "jam", koefisien: "3" },
  { kategori: "LAIN", kode: "X.01", uraian: "Lain", satuan: "ls", koefisien: "4" },
];
const ODD_LINES: LineBody[] = [
  { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "0.333333" },
  { kategori: "BHN", kode: "B.02", uraian: 'Semen "Tiga Roda"; 50 kg', satuan: "kg", koefisien: "11.5" },
];

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

async function download(token: string, projectId: string, file: string): Promise<Download> {
  const res = await fetch(`${baseUrl}/api/v1/projects/${projectId}/exports/${file}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

let token: string;
let projectId: string;
const ids: Record<string, string> = {};
let rekap: any;

beforeAll(async () => {
  ({ token } = await newUser("exports"));
  projectId = await newProject(token, {
    name: PROJECT_NAME,
    location: "Pangandaran",
    client: "Dinas PUPR Kabupaten",
    fundingSource: "APBD",
    fiscalYear: 2026,
    parties: PARTIES,
    startDate: "2026-01-05",
    durationDays: 28,
    roundingBase: 10000,
  });
  const persiapan = await newSection(token, projectId, "Pekerjaan Persiapan");
  ids.contoh = await newPekerjaan(token, projectId, persiapan.subKlasifikasiId, {
    uraian: "Pembersihan lokasi",
    kode: "P.01",
    satuan: "m2",
    lines: EXAMPLE_LINES,
    volume: "1",
  });
  ids.injection = await newPekerjaan(token, projectId, persiapan.subKlasifikasiId, {
    uraian: INJECTION,
    kode: "@SUM(A1)",
    satuan: "ls",
    lines: ODD_LINES,
    volume: "2.5",
  });
  const struktur = await newSection(token, projectId, "Pekerjaan Struktur");
  ids.markup = await newPekerjaan(token, projectId, struktur.subKlasifikasiId, {
    uraian: MARKUP,
    satuan: "m3",
    lines: ODD_LINES,
    volume: "12.345",
  });
  await ok(token, `/api/v1/projects/${projectId}/parameters`, { json: { name: "panjang", value: 8 } }, 201);
  await ok(token, `/api/v1/projects/${projectId}/parameters`, { json: { name: "lebar", value: "2.5" } }, 201);
  await ok(token, `/api/v1/projects/${projectId}/pekerjaan/${ids.contoh}/volume`, { method: "PUT", json: { formula: "panjang * lebar" } });
  await setPrices(token, projectId, { "L.01": "100000", "B.01": "20000", "A.01": "50000", "X.01": "30000", "B.02": "1234.56" });
  await ok(token, `/api/v1/projects/${projectId}/jadwal/entries`, {
    method: "PUT",
    json: {
      entries: [
        { pekerjaanId: ids.contoh, week: 1, planned: 60, actual: 50 },
        { pekerjaanId: ids.contoh, week: 2, planned: 40, actual: 45 },
        { pekerjaanId: ids.injection, week: 2, planned: 100 },
        { pekerjaanId: ids.markup, week: 3, planned: 50 },
        { pekerjaanId: ids.markup, week: 4, planned: 50 },
      ],
    },
  });
  rekap = await ok(token, `/api/v1/projects/${projectId}/rekap-rab`);
});

const pekerjaanOf = (r: any) => r.klasifikasi.flatMap((k: any) => k.subKlasifikasi.flatMap((s: any) => s.pekerjaan));

/**
 * Every formula of the sheet, recomputed in exact decimals from the cached values of the cells
 * it names, gives its own cached result to the sen (the engine's figures are the printed ones).
 */
function expectFormulasConsistent(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet) {
  let formulas = 0;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const formula = formulaAt(cell);
      if (!formula) return;
      formulas++;
      expect(evaluateFormula(workbook, sheet, formula).toFixed(2), `${sheet.name}!${cell.address} = ${formula}`).toBe(
        asMoney(numberAt(cell)),
      );
    }),
  );
  return formulas;
}

describe("Rekap RAB", () => {
  it("XLSX: numbers and live totals equal the API's, with print setup and frozen header", async () => {
    const file = await download(token, projectId, "rekap-rab.xlsx");
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = await readWorkbook(file.body);
    const sheet = workbook.getWorksheet("RAB")!;
    const byUraian = rowsByText(sheet, 3, 10);
    for (const p of pekerjaanOf(rekap)) {
      const row = byUraian.get(p.uraian)!;
      expect(row, p.uraian).toBeDefined();
      expect(String(numberAt(row.getCell(5)))).toBe(String(Number(p.volume)));
      expect(asMoney(numberAt(row.getCell(6)))).toBe(p.hargaSatuan);
      expect(asMoney(numberAt(row.getCell(7)))).toBe(p.jumlah);
      // The project rounds unit prices to the sen (the default): ROUND(G, 2).
      expect(formulaAt(row.getCell(6))).toMatch(/^ROUND\(\d+(\.\d+)?,2\)$/);
      expect(formulaAt(row.getCell(7))).toBe(`ROUND(E${row.number}*F${row.number},2)`);
      expect(row.getCell(7).numFmt).toBe("#,##0.00");
    }
    // Klasifikasi names stand in the Uraian column (C), with the pekerjaan names.
    const byName = rowsByText(sheet, 3, 10);
    for (const k of rekap.klasifikasi) {
      const row = byName.get(k.name)!;
      expect(asMoney(numberAt(row.getCell(7)))).toBe(k.jumlah);
      expect(formulaAt(row.getCell(7))).toMatch(/^SUM\(/);
    }
    const totals = rowsByText(sheet, 1, 10);
    const t = rekap.totals;
    expect(asMoney(numberAt(totals.get("JUMLAH BIAYA LANGSUNG (D)")!.getCell(7)))).toBe(t.totalBiayaLangsung);
    expect(asMoney(numberAt(totals.get("PPN 11%")!.getCell(7)))).toBe(t.ppn);
    expect(formulaAt(totals.get("PPN 11%")!.getCell(7))).toBe(`ROUND(G${totals.get("JUMLAH BIAYA LANGSUNG (D)")!.number}*11/100,2)`);
    expect(totals.has(ROUNDING_LINE)).toBe(true);
    expect(asMoney(numberAt(totals.get("JUMLAH TOTAL (D + PPN)")!.getCell(7)))).toBe(t.total);
    const rounded = totals.get("DIBULATKAN")!.getCell(7);
    expect(asMoney(numberAt(rounded))).toBe(t.pembulatan);
    expect(formulaAt(rounded)).toMatch(/^ROUND\(G\d+\/10000,0\)\*10000$/);
    expect([...totals.keys()].find((text) => text.startsWith("Terbilang: "))).toBe(
      `Terbilang: ${t.terbilang.charAt(0).toUpperCase()}${t.terbilang.slice(1)}`,
    );
    expect(expectFormulasConsistent(workbook, sheet)).toBeGreaterThan(8);

    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 9 });
    expect(sheet.getRow(9).getCell(3).value).toBe("Uraian Pekerjaan");
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.headerFooter.oddFooter).toContain("Halaman &P dari &N");
    expect(sheet.getColumn(3).width).toBeGreaterThan(30);
  });

  it("XLSX: the header block, signatures and the rekapitulasi sheet", async () => {
    const workbook = await readWorkbook((await download(token, projectId, "rekap-rab.xlsx")).body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["RAB", "Rekapitulasi"]);
    const sheet = workbook.getWorksheet("RAB")!;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => typeof cell.value === "string" && texts.push(cell.value)));
    expect(texts).toEqual(
      expect.arrayContaining([
        `Pekerjaan: ${PROJECT_NAME}`,
        "Lokasi: Pangandaran",
        "Pemberi tugas: Dinas PUPR Kabupaten",
        "Tahun anggaran: 2026",
        "Sumber dana: APBD",
        "Pemilik pekerjaan / PPK",
        PARTIES.owner.name,
        PARTIES.owner.title,
        "Konsultan perencana",
        PARTIES.planningConsultant.name,
      ]),
    );
    expect(texts).not.toContain(PARTIES.contractor.name);

    const recap = workbook.getWorksheet("Rekapitulasi")!;
    const rows = rowsByText(recap, 2, 10);
    for (const k of rekap.klasifikasi) {
      const cell = rows.get(k.name)!.getCell(3);
      expect(asMoney(numberAt(cell))).toBe(k.jumlah);
      expect(formulaAt(cell)).toMatch(/^'RAB'!G\d+$/);
    }
    expect(asMoney(numberAt(rowsByText(recap, 1, 10).get("DIBULATKAN")!.getCell(3)))).toBe(rekap.totals.pembulatan);
    expectFormulasConsistent(workbook, recap);
  });

  it("PDF: A4 portrait, the RAB then the rekapitulasi page, totals as the API's, page numbers", async () => {
    const file = await download(token, projectId, "rekap-rab.pdf");
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.body.subarray(0, 5).toString()).toBe("%PDF-");
    const info = pdfInfo(file.body);
    expect(info.pageSize).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = pdfPages(file.body);
    expect(pages).toHaveLength(info.pages);
    expect(info.pages).toBe(2);
    const [rab, recap] = pages as [string, string];
    expect(rab).toContain("RENCANA ANGGARAN BIAYA (RAB)");
    expect(recap).toContain("REKAPITULASI RENCANA ANGGARAN BIAYA");
    for (const page of [rab, recap]) {
      expect(page).toContain(PROJECT_NAME);
      expect(page).toContain("Dinas PUPR Kabupaten");
      expect(page).toMatch(/Tahun anggaran\s+:\s+2026/);
      expect(page).toContain(idr(rekap.totals.pembulatan));
      expect(page).toContain("Terbilang: " + rekap.totals.terbilang.charAt(0).toUpperCase());
      expect(page).toContain(PARTIES.planningConsultant.name);
    }
    for (const p of pekerjaanOf(rekap)) expect(rab).toContain(idr(p.jumlah));
    expect(rab).toContain(idr(rekap.totals.totalBiayaLangsung));
    expect(rab).toContain(idr(rekap.totals.ppn));
    expect(rab).toContain(ROUNDING_LINE);
    expect(rab).toContain("Halaman 1 dari 2");
    expect(recap).toContain("Halaman 2 dari 2");
  });

  it("PDF: a long RAB repeats its column headers on every page", async () => {
    const { token: owner } = await newUser("exports-long");
    const id = await newProject(owner, { name: "Proyek Panjang" });
    const { subKlasifikasiId } = await newSection(owner, id);
    for (let i = 1; i <= 70; i++) await newPekerjaan(owner, id, subKlasifikasiId, { uraian: `Pekerjaan nomor ${i}`, volume: String(i) });
    const pages = pdfPages((await download(owner, id, "rekap-rab.pdf")).body);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const rabPages = pages.filter((page) => page.includes("Pekerjaan nomor"));
    expect(rabPages.length).toBeGreaterThanOrEqual(2);
    rabPages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toMatch(/Uraian Pekerjaan/);
      expect(page).toMatch(/Harga Satuan/);
      expect(page).toContain(`Halaman ${i + 1} dari ${pages.length}`);
    });
    // Every row printed once: none lost or split over a page break.
    const printed = rabPages.join("\n").match(/Pekerjaan nomor \d+\b/g)!;
    expect(new Set(printed).size).toBe(70);
    expect(printed).toHaveLength(70);
  });

  it("CSV: BOM, ; and id-ID numbers that read back as the API's values", async () => {
    const file = await download(token, projectId, "rekap-rab.csv");
    expect(file.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const records = readCsv(file.body);
    expect(records[0]).toEqual(["No", "Kode", "Uraian Pekerjaan", "Satuan", "Volume", "Harga Satuan (Rp)", "Jumlah Harga (Rp)"]);
    const value = (text: string) => {
      const parsed = parseTyped(text, "parameter", { separator: "comma" }); // the CSV is id-ID
      if (!parsed.ok) throw new Error(`${text}: ${parsed.error}`);
      return parsed.value;
    };
    const byUraian = new Map(records.map((r) => [r[2], r]));
    for (const p of pekerjaanOf(rekap)) {
      const uraian = p.uraian === INJECTION ? `'${INJECTION}` : p.uraian;
      const record = byUraian.get(uraian)!;
      expect(record, uraian).toBeDefined();
      expect(Number(value(record[4]!))).toBe(Number(p.volume));
      expect(value(record[6]!)).toBe(p.jumlah.replace(/\.?0+$/, ""));
      expect(record[6]).toMatch(/^\d{1,3}(\.\d{3})*,\d{2}$/);
    }
    const total = records.find((r) => r[0] === "DIBULATKAN")!;
    expect(value(total[6]!)).toBe(rekap.totals.pembulatan.replace(/\.?0+$/, ""));
    expect(records.at(-1)![0]).toBe(ROUNDING_LINE);
    // Klasifikasi and sub-klasifikasi names stand under Uraian with an empty Kode, like every row's name.
    for (const k of rekap.klasifikasi) {
      for (const node of [k, ...k.subKlasifikasi]) {
        const record = byUraian.get(node.name)!;
        expect(record, node.name).toBeDefined();
        expect(record[1]).toBe("");
        expect(value(record[6]!)).toBe(node.jumlah.replace(/\.?0+$/, ""));
      }
    }
  });
});

/** id-ID text of an API money string, as documents print it. */
function idr(value: string): string {
  const [whole = "0", fraction = "00"] = value.split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${fraction}`;
}

describe("injection and markup stay inert", () => {
  it("CSV prefixes text a spreadsheet would run; numbers stay numbers", async () => {
    const records = readCsv((await download(token, projectId, "rekap-rab.csv")).body);
    const row = records.find((r) => r[2]?.includes("HYPERLINK"))!;
    expect(row[1]).toBe("'@SUM(A1)");
    expect(row[2]).toBe(`'${INJECTION}`);
    for (const record of records.slice(1)) for (const field of record) expect(field).not.toMatch(/^[=+@\t\r]/);
  });

  it("XLSX keeps them as plain text cells, never formulas", async () => {
    const file = await download(token, projectId, "rekap-rab.xlsx");
    const workbook = await readWorkbook(file.body);
    const row = rowsByText(workbook.getWorksheet("RAB")!, 3, 10).get(INJECTION)!;
    expect(row.getCell(3).type).toBe(3); // ExcelJS.ValueType.String
    expect(row.getCell(2).value).toBe("@SUM(A1)");
    expect(formulaAt(row.getCell(3))).toBeNull();
    const markup = rowsByText(workbook.getWorksheet("RAB")!, 3, 10).get(MARKUP)!;
    expect(markup.getCell(3).value).toBe(MARKUP);
  });

  it("PDF prints them as text", async () => {
    const text = pdfPages((await download(token, projectId, "rekap-rab.pdf")).body).join("\n");
    expect(text).toContain("<script>alert(1)</script> Beton K-225");
    expect(text).toContain('=HYPERLINK("http://evil.example","klik")');
  });
});

describe("file names", () => {
  it("name the report, the project and the day, quoted for a non-ASCII project name", async () => {
    const file = await download(token, projectId, "rekap-rab.xlsx");
    const disposition = file.headers.get("content-disposition")!;
    const match = /^attachment; filename="(RAB_gedung-serbaguna-cafe-nusa_(\d{4}-\d{2}-\d{2})\.xlsx)"; filename\*=UTF-8''(\S+)$/.exec(
      disposition,
    );
    expect(match, disposition).not.toBeNull();
    expect(decodeURIComponent(match![3]!)).toBe(`RAB_gedung-serbaguna-café-ñusa_${match![2]}.xlsx`);
    expect(file.headers.get("cache-control")).toBe("private, no-store");
  });

  it.each([
    ["rincian-ahsp.pdf", "Rincian-AHSP"],
    ["harga-items.csv", "Harga-Items"],
    ["rekap-kebutuhan.xlsx", "Rekap-Kebutuhan"],
    ["volume.pdf", "Volume"],
    ["jadwal.xlsx", "Jadwal"],
  ])("%s is called %s_…", async (file, prefix) => {
    const disposition = (await download(token, projectId, file)).headers.get("content-disposition")!;
    expect(disposition).toMatch(new RegExp(`filename="${prefix}_gedung-serbaguna-cafe-nusa_\\d{4}-\\d{2}-\\d{2}\\.${file.split(".")[1]}"`));
  });
});

describe("Rincian AHSP", () => {
  it("XLSX: each pekerjaan's E, F and G are the API's, its lines' formulas recompute", async () => {
    const workbook = await readWorkbook((await download(token, projectId, "rincian-ahsp.xlsx")).body);
    const sheet = workbook.getWorksheet("Rincian AHSP")!;
    for (const id of Object.values(ids)) {
      const rincian = await ok(token, `/api/v1/projects/${projectId}/rincian-ahsp/${id}`);
      const heading = rowsByText(sheet, 3, 10).get(rincian.pekerjaan.uraian)!;
      /** The first row below the pekerjaan's heading whose label starts so. */
      const after = (prefix: string) => {
        for (let r = heading.number + 1; r <= sheet.rowCount; r++) {
          const label = sheet.getRow(r).getCell(1).value;
          if (typeof label === "string" && label.startsWith(prefix)) return sheet.getRow(r);
        }
        throw new Error(`no ${prefix} row below ${rincian.pekerjaan.uraian}`);
      };
      expect(asMoney(numberAt(after("E.").getCell(7)))).toBe(rincian.E);
      expect(asMoney(numberAt(after("F.").getCell(7)))).toBe(rincian.F);
      expect(asMoney(numberAt(after("G.").getCell(7)))).toBe(rincian.G);
    }
    expect(expectFormulasConsistent(workbook, sheet)).toBeGreaterThan(20);
    const formulas: string[] = [];
    sheet.eachRow((row) => formulas.push(formulaAt(row.getCell(7)) ?? ""));
    // Each line ROUND(koefisien × harga, 2); F = ROUND(E × BUK / 100, 2); G = E + F.
    expect(formulas.filter((f) => /^ROUND\(E(\d+)\*F\1,2\)$/.test(f)).length).toBeGreaterThanOrEqual(8);
    expect(formulas.filter((f) => /^ROUND\(G\d+\*10\/100,2\)$/.test(f))).toHaveLength(3);
    expect(formulas.filter((f) => /^G\d+\+G\d+$/.test(f))).toHaveLength(3);
    expect(rowsByText(sheet, 1, 10).has("Pembulatan: jumlah harga tiap baris dan F dibulatkan ke sen (Rp 0,01).")).toBe(true);
  });

  it("PDF and CSV carry every analysis", async () => {
    const text = pdfPages((await download(token, projectId, "rincian-ahsp.pdf")).body).join("\n");
    const csv = readCsv((await download(token, projectId, "rincian-ahsp.csv")).body);
    for (const id of Object.values(ids)) {
      const rincian = await ok(token, `/api/v1/projects/${projectId}/rincian-ahsp/${id}`);
      expect(text).toContain(idr(rincian.G));
      expect(csv.some((r) => r[0]?.startsWith("G.") && r[6] === idr(rincian.G))).toBe(true);
    }
    expect(text).toContain('Semen "Tiga Roda"; 50 kg');
    expect(csv.some((r) => r[2] === 'Semen "Tiga Roda"; 50 kg')).toBe(true);
    expect(text).toContain("Halaman 1 dari");
  });
});

describe("Harga Items", () => {
  it("XLSX, PDF and CSV list every price as the API does", async () => {
    const items = await ok(token, `/api/v1/projects/${projectId}/harga-items`);
    const workbook = await readWorkbook((await download(token, projectId, "harga-items.xlsx")).body);
    const rows = rowsByText(workbook.getWorksheet("Harga Items")!, 3, 10);
    const csv = readCsv((await download(token, projectId, "harga-items.csv")).body);
    const text = pdfPages((await download(token, projectId, "harga-items.pdf")).body).join("\n");
    expect(csv).toHaveLength(items.length + 1);
    for (const item of items) {
      expect(asMoney(numberAt(rows.get(item.kode)!.getCell(6)))).toBe(item.harga);
      expect(csv.find((r) => r[2] === item.kode)![5]).toBe(idr(item.harga));
      expect(text).toContain(idr(item.harga));
    }
  });

  it("the CSV goes back into the price-list import, every row matched by kode and unchanged", async () => {
    const file = await download(token, projectId, "harga-items.csv");
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(file.body)]), "harga.csv");
    const res = await call(`/api/v1/projects/${projectId}/harga-items/import`, { method: "POST", body: form, token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const items = await ok(token, `/api/v1/projects/${projectId}/harga-items`);
    expect(res.body.data.counts).toMatchObject({
      rows: items.length,
      matched: items.length,
      changed: 0,
      ambiguous: 0,
      unmatched: 0,
      invalid: 0,
    });
  });
});

describe("Rekap Kebutuhan", () => {
  it("XLSX totals, PDF and CSV match GET /rekap-kebutuhan", async () => {
    const api = await ok(token, `/api/v1/projects/${projectId}/rekap-kebutuhan`);
    const workbook = await readWorkbook((await download(token, projectId, "rekap-kebutuhan.xlsx")).body);
    const sheet = workbook.getWorksheet("Rekap Kebutuhan")!;
    const labels = rowsByText(sheet, 1, 10);
    expect(asMoney(numberAt(labels.get("JUMLAH SELURUHNYA")!.getCell(7)))).toBe(api.totals.total);
    expect(asMoney(numberAt(labels.get("Jumlah tenaga kerja")!.getCell(7)))).toBe(api.totals.TK);
    const byKode = rowsByText(sheet, 2, 10);
    for (const item of api.items) {
      expect(asMoney(numberAt(byKode.get(item.kode)!.getCell(5)), 3)).toBe(item.quantity);
      expect(asMoney(numberAt(byKode.get(item.kode)!.getCell(7)))).toBe(item.jumlah);
    }
    expectFormulasConsistent(workbook, sheet);
    const item = byKode.get(api.items[0].kode)!;
    expect(formulaAt(item.getCell(7))).toBe(`ROUND(E${item.number}*F${item.number},2)`);
    const csv = readCsv((await download(token, projectId, "rekap-kebutuhan.csv")).body);
    expect(csv.at(-1)![0]).toBe(
      "Pembulatan: kebutuhan dicetak 3 desimal; jumlah harga tiap baris = kebutuhan × harga, dibulatkan ke sen (Rp 0,01).",
    );
    expect(csv.find((r) => r[0] === "JUMLAH SELURUHNYA")![6]).toBe(idr(api.totals.total));
    const text = pdfPages((await download(token, projectId, "rekap-kebutuhan.pdf")).body).join("\n");
    expect(text).toContain(idr(api.totals.total));
  });
});

describe("Volume", () => {
  it("shows formulas, volumes and parameters", async () => {
    const workbook = await readWorkbook((await download(token, projectId, "volume.xlsx")).body);
    const row = rowsByText(workbook.getWorksheet("Volume")!, 3, 10).get("Pembersihan lokasi")!;
    expect(row.getCell(5).value).toBe("panjang * lebar");
    expect(numberAt(row.getCell(6))).toBe(20);
    const parameters = rowsByText(workbook.getWorksheet("Parameter")!, 2, 10);
    expect(numberAt(parameters.get("lebar")!.getCell(3))).toBe(2.5);
    const text = pdfPages((await download(token, projectId, "volume.pdf")).body).join("\n");
    expect(text).toContain("panjang * lebar");
    expect(text).toContain("PARAMETER VOLUME");
    expect(text).toContain("2,5");
    expect((await download(token, projectId, "volume.csv")).status).toBe(404);
  });
});

describe("Jadwal", () => {
  it("XLSX: the weekly grid planned/actual and the Kurva S as GET /jadwal and /kurva-s give them", async () => {
    const kurva = await ok(token, `/api/v1/projects/${projectId}/kurva-s`);
    const workbook = await readWorkbook((await download(token, projectId, "jadwal.xlsx")).body);
    const sheet = workbook.getWorksheet("Jadwal")!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 8, orientation: "landscape" });
    expect(sheet.getRow(9).getCell(5).value).toMatch(/^M1\n/);
    const plan = rowsByText(sheet, 2, 10).get("Pembersihan lokasi")!;
    expect([5, 6, 7, 8].map((c) => plan.getCell(c).value)).toEqual([60, 40, null, null]);
    expect(sheet.getRow(plan.number + 1).getCell(4).value).toBe("Realisasi");
    expect([5, 6].map((c) => sheet.getRow(plan.number + 1).getCell(c).value)).toEqual([50, 45]);
    expect(formulaAt(plan.getCell(9))).toBe(`SUM(E${plan.number}:H${plan.number})`);
    const bobot = kurva.bobot.find((b: any) => b.pekerjaanId === ids.contoh).bobot;
    expect(asMoney(numberAt(plan.getCell(3)))).toBe(bobot);
    const cumulative = rowsByText(sheet, 1, 10).get("Rencana kumulatif (%)")!;
    expect([5, 6, 7, 8].map((c) => asMoney(numberAt(cumulative.getCell(c))))).toEqual(
      kurva.weeks.slice(1).map((w: any) => w.plannedCumulative),
    );
    const curve = workbook.getWorksheet("Kurva S")!;
    expect(curve.rowCount).toBeGreaterThanOrEqual(9 + kurva.weeks.length);
    expectFormulasConsistent(workbook, sheet);
  });

  it("XLSX: the Kurva S chart is a PNG picture beside its data, printed on the same A3 page width", async () => {
    const workbook = await readWorkbook((await download(token, projectId, "jadwal.xlsx")).body);
    expect(picturesOf(workbook, workbook.getWorksheet("Jadwal")!)).toEqual([]);
    const curve = workbook.getWorksheet("Kurva S")!;
    const pictures = picturesOf(workbook, curve);
    expect(pictures).toHaveLength(1);
    const [picture] = pictures;
    // Right of the eight data columns (Minggu … Deviasi), from the first row under the header.
    expect(picture!.col).toBeGreaterThan(7);
    expect(picture!.row).toBe(9);
    expect(curve.pageSetup).toMatchObject({ paperSize: 8, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const png = picture!.data;
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const { format, width = 0, height = 0 } = await sharp(png).metadata();
    expect(format).toBe("png");
    // At least the shown size (finer for print), in the shown proportions, landscape.
    expect(width).toBeGreaterThanOrEqual(picture!.width);
    expect(width / height).toBeCloseTo(picture!.width / picture!.height, 2);
    expect(picture!.width).toBeGreaterThan(picture!.height);
    // Both curves are drawn: the planned one in blue, the actual one (weeks 1-2) in red.
    expect(await pixelsOf(png, [0x25, 0x63, 0xeb])).toBeGreaterThan(500);
    expect(await pixelsOf(png, [0xdc, 0x26, 0x26])).toBeGreaterThan(100);
  });

  it("PDF: A3 landscape, the grid, the Kurva S chart and the jadwal's signatures", async () => {
    const file = await download(token, projectId, "jadwal.pdf");
    const info = pdfInfo(file.body);
    expect(info.pageSize).toMatch(/^1190\.\d+ x 841\.\d+ pts \(A3\)/);
    const pages = pdfPages(file.body);
    const text = pages.join("\n");
    expect(text).toContain("JADWAL PELAKSANAAN PEKERJAAN");
    expect(text).toContain("Rencana kumulatif (%)");
    expect(pages.at(-1)).toContain("KURVA S: RENCANA DAN REALISASI KUMULATIF");
    for (const party of [PARTIES.owner, PARTIES.contractor, PARTIES.supervisingConsultant]) expect(text).toContain(party.name);
    expect(text).not.toContain(PARTIES.planningConsultant.name);
    expect(text).toContain(`Halaman ${pages.length} dari ${pages.length}`);
  });
});

/** How many pixels of a picture have (about) this colour. */
async function pixelsOf(png: Buffer, [r, g, b]: [number, number, number]): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let count = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 30) count++;
  }
  return count;
}

// Official AHSP texts: the signs they use, full Latin, and a reference citation.
const SIGNS = "∅ Ø ² ³ ± ≤ ≥ ° ½ ¼ × ÷ – — ’ “ ”";
const LATIN = "ÀÁÂÃÄÅ Ææ Çç ÈÉÊË ÌÍÎÏ Ðð Ññ ÒÓÔÕÖ ÙÚÛÜ Ýý Þþ ß àáâãäå èéêë ìíîï òóôõö ùúûü ÿ Łł Őő Šš Žž Ğğ Şş İı Œœ Čč Ęę Ůů";
const CITATION = "(Lihat Peraturan Menteri Pekerjaan Umum dan Perumahan Rakyat Nomor 8 Tahun 2023 Lampiran B U.3.3.b (a))";
const SIGNS_URAIAN = `Gali tunggul tanaman ∅ 2 cm ${SIGNS} ${CITATION}`;

describe("documents print every character", () => {
  let owner: string;
  let id: string;

  beforeAll(async () => {
    ({ token: owner } = await newUser("exports-signs"));
    id = await newProject(owner, { name: "Proyek ∅ ± ≤ ½" });
    const { subKlasifikasiId } = await newSection(owner, id, "Pekerjaan tanah ²³");
    await newPekerjaan(owner, id, subKlasifikasiId, { uraian: SIGNS_URAIAN, volume: "2" });
    await newPekerjaan(owner, id, subKlasifikasiId, { uraian: LATIN, volume: "1" });
  });

  it("pdftotext of the Rekap RAB finds each sign and letter", async () => {
    const text = pdfPages((await download(owner, id, "rekap-rab.pdf")).body).join("\n");
    const missing = [...`${SIGNS}${LATIN}`.replace(/ /g, "")].filter((char) => !text.includes(char));
    expect(missing).toEqual([]);
    expect(text).toContain("Gali tunggul tanaman ∅ 2 cm");
    expect(text).toContain("Proyek ∅ ± ≤ ½");
  });

  it("kutipan=short and none shorten or drop the citation; full (the default) keeps it", async () => {
    const uraianOf = async (query: string) => {
      const records = readCsv((await download(owner, id, `rekap-rab.csv${query}`)).body);
      return records.find((r) => r[2]?.startsWith("Gali tunggul"))![2];
    };
    expect(await uraianOf("")).toBe(SIGNS_URAIAN);
    expect(await uraianOf("?kutipan=full")).toBe(SIGNS_URAIAN);
    expect(await uraianOf("?kutipan=short")).toBe(`Gali tunggul tanaman ∅ 2 cm ${SIGNS} (Permen PUPR 8/2023 Lampiran B U.3.3.b (a))`);
    expect(await uraianOf("?kutipan=none")).toBe(`Gali tunggul tanaman ∅ 2 cm ${SIGNS}`);
    const workbook = await readWorkbook((await download(owner, id, "rincian-ahsp.xlsx?kutipan=none")).body);
    expect(rowsByText(workbook.getWorksheet("Rincian AHSP")!, 3, 10).has(`Gali tunggul tanaman ∅ 2 cm ${SIGNS}`)).toBe(true);
    const pdf = pdfPages((await download(owner, id, "rekap-rab.pdf?kutipan=short")).body).join("\n");
    // Words, as the cell may wrap between them.
    for (const word of ["Permen", "PUPR", "8/2023", "U.3.3.b"]) expect(pdf).toContain(word);
    expect(pdf).not.toContain("Peraturan");
  });

  it("another kutipan, or another parameter, is a validation error", async () => {
    for (const query of ["?kutipan=pendek", "?kutipan=short&x=1"]) {
      const res = await call(`/api/v1/projects/${id}/exports/rekap-rab.csv${query}`, { token: owner });
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_ERROR");
      expect(res.body.error.details.fields.length).toBeGreaterThan(0);
    }
    const res = await call(`/api/v1/projects/${id}/exports/rekap-rab.csv?kutipan=pendek`, { token: owner });
    expect(res.body.error.details.fields[0].path).toBe("query.kutipan");
  });
});

describe("access and unknown files", () => {
  it.each(FILES)("%s of another user's project answers 404", async (file) => {
    const { token: intruder } = await newUser("exports-intruder");
    const res = await call(`/api/v1/projects/${projectId}/exports/${file}`, { token: intruder });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("NOT_FOUND");
  });

  it("needs a signed-in caller", async () => {
    const res = await call(`/api/v1/projects/${projectId}/exports/rekap-rab.pdf`);
    expect(res.status).toBe(401);
  });

  it.each([
    "rekap-rab.docx",
    "laporan.pdf",
    "volume.csv",
    "jadwal.csv",
    "constructor",
    "rekap-rab",
    "..%2Frekap-rab.xlsx",
    "REKAP-RAB.XLSX",
  ])("%s answers 404 with the envelope", async (file) => {
    const res = await call(`/api/v1/projects/${projectId}/exports/${file}`, { token });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("exports an archived project too", async () => {
    const { token: owner } = await newUser("exports-archived");
    const id = await newProject(owner, { name: "Arsip" });
    await ok(owner, `/api/v1/projects/${id}`, { method: "DELETE" });
    expect((await download(owner, id, "rekap-rab.pdf")).status).toBe(200);
  });
});
