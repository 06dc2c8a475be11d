// The three renderers on one small document, read back: XLSX with exceljs, PDF with poppler's
// pdftotext (poppler-utils, which .ci/run installs), CSV with csv-parse.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { Decimal } from "@/lib/calc";
import {
  evaluateFormula,
  formulaAt,
  numberAt,
  pdfInfo,
  pdfPages,
  picturesOf,
  readCsv,
  readWorkbook,
  rowsByText,
} from "../../tests/support/exports";
import { renderCsv } from "./csv";
import type { LineChart, ReportDocument, Row } from "./document";
import { renderPdf } from "./pdf/render";
import { sumOf } from "./reports/rows";
import { chartPng, renderXlsx } from "./xlsx";

const d = (value: string) => new Decimal(value);

function item(i: number): Row {
  const key = `p${i}`;
  return {
    style: "item",
    key,
    cells: [
      String(i),
      `Pekerjaan ${i} dengan uraian yang cukup panjang untuk dibungkus ke baris berikutnya`,
      d(String(i)),
      d("1234.565"),
      d(String(i)).times("1234.565"),
    ],
    formulas: { 4: (ref) => `${ref(key, 2)}*${ref(key, 3)}` },
  };
}

function sampleDocument(items: number): ReportDocument {
  const rows = Array.from({ length: items }, (_, i) => item(i + 1));
  const total = rows.reduce((s, r) => s.plus(r.cells[4] as Decimal), d("0"));
  return {
    title: "Dokumen Uji",
    page: { size: "A4", orientation: "portrait" },
    header: {
      projectName: "Proyek Ñusa",
      location: "Ciamis",
      client: "Dinas",
      fiscalYear: "2026",
      fundingSource: "APBD",
      date: "5 Januari 2026",
    },
    signatures: [
      { role: "Pemilik pekerjaan / PPK", name: "Budi", title: "PPK" },
      { role: "Konsultan perencana", name: "", title: "" },
    ],
    tables: [
      {
        sheet: "Data",
        title: "DATA UJI",
        csv: true,
        columns: [
          { header: "No", kind: "text", width: 5 },
          { header: "Uraian", kind: "text", width: 40 },
          { header: "Volume", kind: "quantity", width: 10 },
          { header: "Harga (Rp)", kind: "money", width: 15 },
          { header: "Jumlah (Rp)", kind: "money", width: 18 },
        ],
        rows: [
          {
            style: "group",
            key: "g",
            cells: ["I", "Kelompok", null, null, total],
            merge: { from: 1, to: 3 },
            formulas: {
              4: sumOf(
                rows.map((r) => r.key!),
                4,
              ),
            },
          },
          ...rows,
          {
            style: "total",
            key: "t",
            cells: ["TOTAL", null, null, null, total],
            merge: { from: 0, to: 3 },
            formulas: { 4: (ref) => ref("g", 4) },
          },
          { style: "note", cells: ["=catatan", null, null, null, null], merge: { from: 0, to: 4 } },
        ],
      },
      {
        sheet: "Ringkas",
        title: "RINGKASAN",
        columns: [
          { header: "Uraian", kind: "text", width: 30 },
          { header: "Jumlah (Rp)", kind: "money", width: 18 },
        ],
        rows: [{ style: "item", cells: ["Total", total], formulas: { 1: (ref) => ref("t", 4) } }],
      },
    ],
  };
}

describe("renderXlsx", () => {
  it("writes numbers, live formulas with cached results, merges, print setup and signatures", async () => {
    const document = sampleDocument(3);
    const workbook = await readWorkbook(await renderXlsx(document));
    const sheet = workbook.getWorksheet("Data")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("DATA UJI");
    expect(sheet.getRow(2).getCell(1).value).toBe("Pekerjaan: Proyek Ñusa");
    expect(sheet.getRow(9).values).toEqual([undefined, "No", "Uraian", "Volume", "Harga (Rp)", "Jumlah (Rp)"]);
    const second = sheet.getRow(12);
    expect(numberAt(second.getCell(3))).toBe(2);
    expect(numberAt(second.getCell(5))).toBe(2469.13);
    expect(formulaAt(second.getCell(5))).toBe("C12*D12");
    expect(second.getCell(4).numFmt).toBe("#,##0.00");
    expect(formulaAt(sheet.getRow(10).getCell(5))).toBe("SUM(E11:E13)");
    expect(evaluateFormula(workbook, sheet, "SUM(E11:E13)").toFixed()).toBe("7407.39");
    expect(formulaAt(workbook.getWorksheet("Ringkas")!.getRow(10).getCell(2))).toBe("'Data'!E14");
    expect(sheet.getCell("A15").value).toBe("=catatan");
    expect(sheet.getCell("A15").type).toBe(3);
    expect((sheet.model as { merges: string[] }).merges).toEqual(expect.arrayContaining(["A1:E1", "B10:D10", "A14:D14", "A15:E15"]));
    const signatures = rowsByText(sheet, 1, 16);
    expect(signatures.has("Pemilik pekerjaan / PPK")).toBe(true);
    expect(rowsByText(sheet, 3, 16).get("Konsultan perencana")).toBeDefined();
    expect(signatures.has("Budi")).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 9 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "9:9" });
  });

  it("shows a chart as a PNG picture beside its data table, from the first data row", async () => {
    const workbook = await readWorkbook(await renderXlsx({ ...sampleDocument(3), chart: CHART }));
    expect(picturesOf(workbook, workbook.getWorksheet("Data")!)).toEqual([]);
    const pictures = picturesOf(workbook, workbook.getWorksheet("Ringkas")!);
    expect(pictures).toHaveLength(1);
    const [picture] = pictures;
    // Two table columns, then one empty column; row 10 is the first below the header (0-based 9).
    expect(picture).toMatchObject({ col: 3, row: 9, width: 728, height: 420 });
    expect(picture!.data.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    // Twice the shown size, for print.
    expect(await sharp(picture!.data).metadata()).toMatchObject({ format: "png", width: 1456, height: 840 });
  });

  it("draws the chart's text with a real font (fontconfig finds one), not as missing-glyph boxes", async () => {
    // Dark pixels in the title's band (8-20 chart units from the top, 2.8 pixels each): a font
    // inks "WWWWWW" far more than "IIIIII", while missing-glyph boxes are all alike.
    const ink = async (title: string) => {
      const grey = await sharp(await chartPng({ ...CHART, title }))
        .extract({ left: 0, top: 22, width: 1456, height: 34 })
        .greyscale()
        .raw()
        .toBuffer();
      return grey.reduce((dark, value) => dark + (value < 128 ? 1 : 0), 0);
    };
    const [none, narrow, wide] = await Promise.all([ink(""), ink("IIIIII"), ink("WWWWWW")]);
    expect(none).toBe(0);
    expect(narrow).toBeGreaterThan(0);
    expect(wide).toBeGreaterThan(narrow * 2);
  });
});

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CHART: LineChart = {
  title: "KURVA S",
  sheet: "Ringkas",
  labels: ["0", "M1", "M2"],
  yMax: 100,
  series: [{ name: "Rencana kumulatif", color: "#2563eb", values: [0, 40, 100] }],
};

describe("renderCsv", () => {
  it("writes only the CSV tables, numbers id-ID", () => {
    const records = readCsv(renderCsv(sampleDocument(2)));
    expect(records[1]).toEqual(["I", "Kelompok", "", "", "3.703,70"]);
    expect(records[2]).toEqual(["1", expect.stringContaining("Pekerjaan 1"), "1", "1.234,57", "1.234,57"]);
    expect(records.at(-1)).toEqual(["'=catatan", "", "", "", ""]);
    expect(records.flat()).not.toContain("RINGKASAN");
  });
});

describe("renderPdf", () => {
  it("repeats column headers on every page, numbers pages and keeps each row whole", async () => {
    const pdf = await renderPdf(sampleDocument(120));
    const pages = pdfPages(pdf);
    const { pages: count, pageSize } = pdfInfo(pdf);
    expect(pageSize).toMatch(/\(A4\)/);
    expect(pages).toHaveLength(count);
    expect(count).toBeGreaterThanOrEqual(4);
    const dataPages = pages.slice(0, -1);
    dataPages.forEach((page, i) => {
      expect(page).toMatch(/No\s+Uraian\s+Volume\s+Harga \(Rp\)\s+Jumlah \(Rp\)/);
      expect(page).toContain(`Halaman ${i + 1} dari ${count}`);
    });
    const numbers = dataPages.join("\n").match(/Pekerjaan \d+ dengan/g)!;
    expect(numbers).toHaveLength(120);
    // A wrapped uraian keeps its second line on the same page as its first.
    for (const page of dataPages) {
      const first = (page.match(/Pekerjaan \d+ dengan/g) ?? []).length;
      const rest = (page.match(/berikutnya/g) ?? []).length;
      expect(rest).toBe(first);
    }
    const all = pages.join("\n");
    expect(all).toMatch(/Pekerjaan\s+:\s+Proyek Ñusa/);
    expect(all).toContain("148.147,80");
    expect(all).toContain("RINGKASAN");
    expect(pages.at(-1)).toContain("Konsultan perencana");
  });
});
