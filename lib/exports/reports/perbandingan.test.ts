// The tambah-kurang document of a comparison with every kind of row (changed, added, removed,
// unchanged), rendered and read back: the XLSX formulas recompute to their cached values, which
// are the comparison's; the CSV's items re-add to D, tambah and kurang.
import { describe, expect, it } from "vitest";
import { Decimal } from "@/lib/calc";
import { parseTyped } from "@/lib/format/number";
import { compareProjects } from "@/lib/versions/compare";
import { calcOf, pekerjaanSpec, type ProjectSpec } from "@/lib/versions/test-projects";
import { asMoney, expectFormulasConsistent, formulaAt, numberAt, readCsv, readWorkbook, rowsByText } from "../../../tests/support/exports";
import { renderCsv } from "../csv";
import type { ReportDocument } from "../document";
import { renderXlsx } from "../xlsx";
import { perbandinganTable } from "./perbandingan";

const tk = (koefisien: string) => ({ kategori: "TK" as const, kode: "L.01", koefisien });
const bhn = (koefisien: string) => ({ kategori: "BHN" as const, kode: "B.01", koefisien });

function spec(pekerjaan: ReturnType<typeof pekerjaanSpec>[][], harga: Record<string, string>, ppnPercent = "11"): ProjectSpec {
  return {
    pricing: { overheadProfitPercent: "10", ppnPercent, roundingBase: 10000, unitPriceRounding: "100" },
    harga,
    klasifikasi: [
      { id: "k1", name: "Persiapan", sub: [{ id: "s1", name: "Umum", pekerjaan: pekerjaan[0]! }] },
      { id: "k2", name: "Struktur", sub: [{ id: "s2", name: "Beton", pekerjaan: pekerjaan[1]! }] },
    ],
  };
}

const kontrak = spec(
  [
    [
      pekerjaanSpec("a", "12.345", [tk("0.75"), bhn("12.5")], { uraian: "Galian" }),
      pekerjaanSpec("b", "3", [tk("1")], { uraian: "Bouwplank" }),
    ],
    [pekerjaanSpec("c", "7.5", [bhn("3.333333")], { uraian: "Beton K-225" })],
  ],
  { "L.01": "110000", "B.01": "1375.50" },
);
const addendum = spec(
  [
    [pekerjaanSpec("a", "15.2", [tk("0.75"), bhn("12.5")], { uraian: "Galian" })],
    [pekerjaanSpec("c", "7.5", [bhn("3.333333")], { uraian: "Beton K-225" }), pekerjaanSpec("d", "2", [tk("2")], { uraian: "Bekisting" })],
  ],
  { "L.01": "110000", "B.01": "1290" },
  "12",
);
const comparison = compareProjects(calcOf(kontrak), calcOf(addendum), { thresholdPercent: "10" });
const rows = comparison.klasifikasi.flatMap((k) => k.subKlasifikasi.flatMap((s) => s.pekerjaan));

const document: ReportDocument = {
  title: "Daftar Kuantitas dan Harga Tambah Kurang",
  page: { size: "A4", orientation: "landscape" },
  header: { projectName: "Uji", location: "-", client: "-", fiscalYear: "2026", fundingSource: "-", date: "1 Januari 2026" },
  tables: [perbandinganTable(comparison)],
  signatures: [],
};

describe("the perbandingan document", () => {
  it("covers every kind of row", () => {
    expect(rows.map((r) => [r.pekerjaanId, r.status])).toEqual([
      ["a", "changed"],
      ["b", "removed"],
      ["c", "changed"],
      ["d", "added"],
    ]);
    expect(comparison.totals.before.ppnPercent).not.toBe(comparison.totals.after.ppnPercent);
  });

  it("XLSX: every formula recomputes to its cached value, and those are the comparison's", async () => {
    const workbook = await readWorkbook(await renderXlsx(document));
    const sheet = workbook.getWorksheet("Tambah Kurang")!;
    // The percentage's IF(D=0,"",…) is beyond the test evaluator: its value is checked below.
    expect(expectFormulasConsistent(workbook, sheet)).toBeGreaterThan(30);
    const byUraian = rowsByText(sheet, 2, 10);
    for (const p of rows) {
      const row = byUraian.get(p.uraian)!;
      const cached = (column: number) => (row.getCell(column).value === null ? null : asMoney(numberAt(row.getCell(column))));
      expect([cached(6), cached(9), cached(10), cached(11)], p.uraian).toEqual([p.jumlahBefore, p.jumlahAfter, p.tambah, p.kurang]);
      expect(formulaAt(row.getCell(10))).toMatch(/^MAX\(/);
      expect(formulaAt(row.getCell(9)) === null).toBe(p.status === "removed");
    }
    const totals = rowsByText(sheet, 1, 10);
    const at = (label: string, column: number) => asMoney(numberAt(totals.get(label)!.getCell(column)));
    expect(at("JUMLAH BIAYA LANGSUNG (D)", 10)).toBe(comparison.totals.tambah);
    expect(at("JUMLAH BIAYA LANGSUNG (D)", 11)).toBe(comparison.totals.kurang);
    expect(at("PPN (kontrak 11%, addendum 12%)", 9)).toBe(comparison.totals.after.ppn);
    expect(at("DIBULATKAN", 6)).toBe(comparison.totals.before.pembulatan);
    expect(at("PERUBAHAN BERSIH (TAMBAH − KURANG)", 10)).toBe(comparison.totals.net);
    expect(at("PERUBAHAN TERHADAP JUMLAH BIAYA LANGSUNG KONTRAK (%)", 10)).toBe(comparison.totals.netPercent);
  });

  it("CSV: the items re-add to D, tambah and kurang, and tambah − kurang is the net", () => {
    const records = readCsv(renderCsv(document));
    const value = (text: string) => {
      if (text === "") return new Decimal(0);
      const parsed = parseTyped(text, "parameter", { separator: "comma" });
      if (!parsed.ok) throw new Error(`${text}: ${parsed.error}`);
      return new Decimal(parsed.value);
    };
    const items = records.slice(1).filter((r) => r[2] !== "");
    expect(items).toHaveLength(rows.length);
    const d = records.find((r) => r[0] === "JUMLAH BIAYA LANGSUNG (D)")!;
    for (const column of [5, 8, 9, 10]) {
      expect(items.reduce((s, r) => s.plus(value(r[column]!)), new Decimal(0)).toFixed(2), records[0]![column]).toBe(
        value(d[column]!).toFixed(2),
      );
    }
    const net = records.find((r) => r[0] === "PERUBAHAN BERSIH (TAMBAH − KURANG)")!;
    expect(value(d[9]!).minus(value(d[10]!)).toFixed(2)).toBe(value(net[9]!).toFixed(2));
    expect(value(d[8]!).minus(value(d[5]!)).toFixed(2)).toBe(comparison.totals.net);
  });
});
