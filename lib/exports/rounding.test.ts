// The rounding the spreadsheets recompute: docs/calculation.md's example (G 15.721,875, volume 240 →
// 15.721,88 × 240 = 3.773.251,20) in each unit-price rounding, written as our formulas,
// rendered to XLSX and recomputed from the file by the tests' exact-decimal evaluator; and
// the line each document prints.
import { describe, expect, it } from "vitest";
import { Decimal, type UnitPriceRounding } from "@/lib/calc";
import { evaluateFormula, formulaAt, readWorkbook } from "../../tests/support/exports";
import type { ReportDocument } from "./document";
import { rekapRoundingNote, rincianRoundingNote } from "@/lib/format/unit-price-rounding";
import { roundToSen, unitPriceDigits } from "./rounding";
import { renderXlsx } from "./xlsx";

/** One Rekap RAB row: volume 240, harga satuan ROUND(G), jumlah ROUND(volume × harga satuan, 2). */
function example6(rounding: UnitPriceRounding, printedHargaSatuan: string): ReportDocument {
  return {
    title: "Uji",
    page: { size: "A4", orientation: "portrait" },
    header: { projectName: "P", location: "", client: "", fiscalYear: "-", fundingSource: "", date: "1 Januari 2026" },
    signatures: [],
    tables: [
      {
        sheet: "RAB",
        title: "RAB",
        columns: [
          { header: "Volume", kind: "quantity", width: 10 },
          { header: "Harga Satuan", kind: "money", width: 15 },
          { header: "Jumlah", kind: "money", width: 15 },
        ],
        rows: [
          {
            style: "item",
            key: "p",
            // The spreadsheet reads the harga satuan's cached result, the printed figure.
            cells: [new Decimal(240), new Decimal(printedHargaSatuan), null],
            formulas: {
              1: () => `ROUND(15721.875,${unitPriceDigits(rounding)})`,
              2: (ref) => roundToSen(`${ref("p", 0)}*${ref("p", 1)}`),
            },
          },
        ],
      },
    ],
  };
}

describe("unit-price rounding in XLSX formulas", () => {
  it.each([
    ["0.01", "15721.88", "3773251.2"],
    ["1", "15722", "3773280"],
    ["10", "15720", "3772800"],
    ["100", "15700", "3768000"],
  ] as const)("ROUND(G) to %s gives %s, and jumlah %s", async (rounding, hargaSatuan, jumlah) => {
    const workbook = await readWorkbook(await renderXlsx(example6(rounding, hargaSatuan)));
    const sheet = workbook.getWorksheet("RAB")!;
    const row = sheet.getRow(10);
    const value = (column: number) => evaluateFormula(workbook, sheet, formulaAt(row.getCell(column))!).toFixed();
    expect(value(2)).toBe(hargaSatuan);
    expect(value(3)).toBe(jumlah);
  });

  it("the evaluator rounds half-up at the sen, and rounds negatives away from zero", async () => {
    const workbook = await readWorkbook(await renderXlsx(example6("0.01", "15721.88")));
    const sheet = workbook.getWorksheet("RAB")!;
    expect(evaluateFormula(workbook, sheet, "ROUND(0.125,2)").toFixed()).toBe("0.13");
    expect(evaluateFormula(workbook, sheet, "ROUND(-0.125,2)").toFixed()).toBe("-0.13");
    expect(evaluateFormula(workbook, sheet, "ROUND(1.005*3,2)+1-2/4").toFixed()).toBe("3.52");
    expect(evaluateFormula(workbook, sheet, "ROUND(A10*0.333333,2)").toFixed()).toBe("80");
    expect(evaluateFormula(workbook, sheet, "SUM(A10:B10)*11/100").toFixed()).toBe("1755.8068");
  });
});

describe("the printed rounding line", () => {
  it("names the unit-price rounding", () => {
    expect(rekapRoundingNote("0.01")).toBe("Pembulatan: harga satuan dibulatkan ke sen (Rp 0,01); jumlah harga dan PPN ke sen (Rp 0,01).");
    expect(rekapRoundingNote("1")).toContain("harga satuan dibulatkan ke Rp 1;");
    expect(rincianRoundingNote("0.01")).toBe("Pembulatan: jumlah harga tiap baris dan F dibulatkan ke sen (Rp 0,01).");
    expect(rincianRoundingNote("100")).toContain("harga satuan (dari G) dibulatkan ke Rp 100");
  });
});
