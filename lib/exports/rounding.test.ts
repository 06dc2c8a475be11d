// The rounding the spreadsheets recompute: domain.md example 6 (G 15.721,875, volume 240) in
// each unit-price rounding, written as our formulas, rendered to XLSX and recomputed from the
// file by the tests' exact-decimal evaluator; and the line each document prints.
import { describe, expect, it } from "vitest";
import { Decimal } from "@/lib/calc";
import type { LoadedPricing } from "@/lib/rekap/load";
import { evaluateFormula, formulaAt, readWorkbook } from "../../tests/support/exports";
import type { ReportDocument } from "./document";
import { rekapRoundingNote, rincianRoundingNote, roundToSen, type UnitPriceRounding, unitPriceDigits, unitPriceRoundingOf } from "./rounding";
import { renderXlsx } from "./xlsx";

const PRICING: LoadedPricing = { overheadProfitPercent: "10", ppnPercent: "11", roundingBase: 1000 };

function example6(rounding: UnitPriceRounding): ReportDocument {
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
          { header: "Harga", kind: "money", width: 15 },
          { header: "Jumlah", kind: "money", width: 15 },
          { header: "PPN", kind: "money", width: 15 },
        ],
        rows: [
          {
            style: "item",
            key: "p",
            // Cached values are irrelevant here: only the formulas are recomputed.
            cells: [new Decimal(240), null, null, null],
            formulas: {
              1: () => `ROUND(15721.875,${unitPriceDigits(rounding)})`,
              2: (ref) => roundToSen(`${ref("p", 0)}*15721.875`),
              3: (ref) => roundToSen(`${ref("p", 0)}*12.5/100`),
            },
          },
        ],
      },
    ],
  };
}

describe("unit-price rounding in XLSX formulas", () => {
  it.each([
    ["0.01", "15721.88"],
    ["1", "15722"],
    ["10", "15720"],
    ["100", "15700"],
  ] as const)("ROUND(G) to %s gives %s; jumlah and PPN to the sen, half-up", async (rounding, hargaSatuan) => {
    const workbook = await readWorkbook(await renderXlsx(example6(rounding)));
    const sheet = workbook.getWorksheet("RAB")!;
    const row = sheet.getRow(10);
    const value = (column: number) => evaluateFormula(workbook, sheet, formulaAt(row.getCell(column))!).toFixed();
    expect(value(2)).toBe(hargaSatuan);
    expect(value(3)).toBe("3773250"); // 240 × 15.721,875 exactly
    expect(value(4)).toBe("30"); // 240 × 12,5 / 100
  });

  it("the evaluator rounds half-up at the sen, and rounds negatives away from zero", async () => {
    const workbook = await readWorkbook(await renderXlsx(example6("0.01")));
    const sheet = workbook.getWorksheet("RAB")!;
    expect(evaluateFormula(workbook, sheet, "ROUND(0.125,2)").toFixed()).toBe("0.13");
    expect(evaluateFormula(workbook, sheet, "ROUND(-0.125,2)").toFixed()).toBe("-0.13");
    expect(evaluateFormula(workbook, sheet, "ROUND(1.005*3,2)+1-2/4").toFixed()).toBe("3.52");
    expect(evaluateFormula(workbook, sheet, "ROUND(A10*0.333333,2)").toFixed()).toBe("80");
  });
});

describe("unitPriceRoundingOf", () => {
  it("reads the project's setting and defaults to the sen", () => {
    expect(unitPriceRoundingOf(PRICING)).toBe("0.01");
    expect(unitPriceRoundingOf({ ...PRICING, unitPriceRounding: "100" } as LoadedPricing)).toBe("100");
    expect(unitPriceRoundingOf({ ...PRICING, unitPriceRounding: "5" } as LoadedPricing)).toBe("0.01");
  });
});

describe("the printed rounding line", () => {
  it("names the unit-price rounding", () => {
    expect(rekapRoundingNote("0.01")).toBe("Pembulatan: harga satuan dibulatkan ke sen (Rp 0,01); jumlah harga dan PPN ke sen (Rp 0,01).");
    expect(rekapRoundingNote("1")).toContain("harga satuan dibulatkan ke Rp 1;");
    expect(rincianRoundingNote("0.01")).toBe("Pembulatan: jumlah harga tiap baris dan F dibulatkan ke sen (Rp 0,01).");
    expect(rincianRoundingNote("100")).toContain("pada Rekap RAB harga satuan (G) dibulatkan ke Rp 100");
  });
});
