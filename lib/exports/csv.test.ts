import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { Decimal } from "@/lib/calc";
import { csvField, renderCsv } from "./csv";
import type { ReportDocument } from "./document";

const header = { projectName: "P", location: "L", client: "C", fiscalYear: "2026", fundingSource: "APBD", date: "1 Januari 2026" };

function document(rows: ReportDocument["tables"][number]["rows"]): ReportDocument {
  return {
    title: "Uji",
    page: { size: "A4", orientation: "portrait" },
    header,
    signatures: [],
    tables: [
      {
        sheet: "Data",
        title: "Data",
        csv: true,
        columns: [
          { header: "Uraian", kind: "text", width: 30 },
          { header: "Volume", kind: "quantity", width: 10 },
          { header: "Jumlah (Rp)", kind: "money", width: 15 },
        ],
        rows,
      },
      {
        sheet: "Cetak",
        title: "Cetak",
        columns: [{ header: "X", kind: "text", width: 5 }],
        rows: [{ style: "item", cells: ["tidak di CSV"] }],
      },
    ],
  };
}

describe("csvField", () => {
  it("quotes only when needed, doubling quotes", () => {
    expect(csvField("Galian")).toBe("Galian");
    expect(csvField("1.234,50")).toBe("1.234,50");
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField('Pipa 1/2"')).toBe('"Pipa 1/2"""');
    expect(csvField("baris\nbaru")).toBe('"baris\nbaru"');
    expect(csvField(" spasi")).toBe('" spasi"');
  });
});

describe("renderCsv", () => {
  const csv = renderCsv(
    document([
      { style: "group", cells: ["I. Persiapan", null, new Decimal("1500000.005")], merge: { from: 0, to: 1 } },
      { style: "item", cells: ['Pagar "seng"; tinggi 2 m', new Decimal("12.5"), new Decimal("-1234.5")] },
      { style: "item", cells: ['=HYPERLINK("http://evil")', new Decimal("0"), new Decimal("0")] },
      { style: "note", cells: ["Terbilang: satu juta rupiah", null, null], merge: { from: 0, to: 2 } },
    ]),
  );

  it("starts with a BOM and uses CRLF", () => {
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString("utf8")).toContain("\r\n");
  });

  it("round-trips through a CSV parser with ; and id-ID numbers", () => {
    const rows = parse(csv, { bom: true, delimiter: ";" }) as string[][];
    expect(rows).toEqual([
      ["Uraian", "Volume", "Jumlah (Rp)"],
      ["I. Persiapan", "", "1.500.000,01"],
      ['Pagar "seng"; tinggi 2 m', "12,5", "-1.234,50"],
      ['\'=HYPERLINK("http://evil")', "0", "0,00"],
      ["Terbilang: satu juta rupiah", "", ""],
    ]);
  });

  it("writes only the tables meant for CSV", () => {
    expect(csv.toString("utf8")).not.toContain("tidak di CSV");
  });
});
