import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ahspContentHash } from "./content-hash";
import { HEADER, parseFail, parseOk, row, toCsv } from "./test-support";

async function xlsxBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("parseAhspImport: XLSX", () => {
  it("round-trips a workbook, using a formula cell's cached result without evaluating it", async () => {
    const data = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("AHSP");
      ws.addRow([...HEADER, "catatan"]);
      ws.addRow(["2.2.1.1", "Beton fc' 20 MPa, 1 m3", "m3", "TK", "TK-0005", "Pekerja", "OH", 1.65]);
      // The formula would give 2 if evaluated; the cached result 0.275 must win.
      ws.addRow(["2.2.1.1", "Beton fc' 20 MPa, 1 m3", "m3", "TK", "TK-0010", "Tukang batu", "OH", { formula: "1+1", result: 0.275 }]);
      ws.addRow([
        "2.2.1.1",
        "Beton fc' 20 MPa, 1 m3",
        "m3",
        "Bahan",
        "B-0152",
        { richText: [{ text: "Semen " }, { text: "Portland" }] },
        "kg",
        "371,5",
        "abaikan",
      ]);
      ws.addRow(["2.2.1.1", "Beton fc' 20 MPa, 1 m3", "m3", "BHN", "B-0200", "Pasir beton", "m3", 0.1 + 0.2]);
    });
    const check = new ExcelJS.Workbook();
    await check.xlsx.load(Buffer.from(data) as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
    expect(check.getWorksheet("AHSP")?.getCell("H3").value).toEqual({ formula: "1+1", result: 0.275 });

    const { format, items, report } = await parseOk(data);
    expect(format).toBe("xlsx");
    expect(report.sheetName).toBe("AHSP");
    expect(report.rejected).toEqual([]);
    expect(items).toEqual([
      {
        kode: "2.2.1.1",
        uraian: "Beton fc' 20 MPa, 1 m3",
        satuan: "m3",
        lines: [
          { position: 1, kategori: "TK", kodeItem: "TK-0005", uraianItem: "Pekerja", satuanItem: "OH", koefisien: "1.65" },
          { position: 2, kategori: "TK", kodeItem: "TK-0010", uraianItem: "Tukang batu", satuanItem: "OH", koefisien: "0.275" },
          { position: 3, kategori: "BHN", kodeItem: "B-0152", uraianItem: "Semen Portland", satuanItem: "kg", koefisien: "371.5" },
          { position: 4, kategori: "BHN", kodeItem: "B-0200", uraianItem: "Pasir beton", satuanItem: "m3", koefisien: "0.3" },
        ],
      },
    ]);
  });

  it("gives the same items and content hash as the equivalent CSV", async () => {
    const rows = [
      row("1.1", "TK", "TK-1", "Pekerja", "0.5"),
      row("1.1", "BHN", "B-1", "Pasir", "1.2"),
      row("1.2", "TK", "TK-1", "Pekerja", "0.75"),
    ];
    const fromCsv = await parseOk(toCsv([[...HEADER], ...rows]));
    const fromXlsx = await parseOk(
      await xlsxBytes((wb) => {
        const ws = wb.addWorksheet("Data");
        ws.addRow([...HEADER]);
        for (const r of rows) ws.addRow([...r.slice(0, 7), Number(r[7])]);
      }),
    );
    expect(fromXlsx.items).toEqual(fromCsv.items);
    expect(ahspContentHash(fromXlsx.items)).toBe(ahspContentHash(fromCsv.items));
  });

  it("rejects cells Excel turned into dates or errors, and formulas without a cached value", async () => {
    const data = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("AHSP");
      ws.addRow([...HEADER]);
      ws.addRow([new Date(Date.UTC(2024, 0, 2)), "x", "m3", "TK", "a", "A", "OH", 1]); // row 2
      ws.addRow(["1", "x", "m3", "TK", "a", "A", "OH", { error: "#DIV/0!" }]); // row 3
      ws.addRow(["2", "x", "m3", "TK", "a", "A", "OH", { formula: "B1*2" }]); // row 4
      ws.addRow(["3", "x", "m3", "TK", "a", "A", "OH", 1 / 3]); // row 5
    });
    const { items, report } = await parseOk(data);
    expect(items).toEqual([]);
    expect(report.rejected).toEqual([
      { row: 2, reason: "kode_ahsp: sel berisi tanggal (2024-01-02); ketik ulang sebagai teks" },
      { row: 3, kode: "1", reason: "koefisien: sel berisi galat #DIV/0!" },
      { row: 4, kode: "2", reason: "koefisien: rumus tanpa nilai tersimpan; buka lalu simpan ulang berkas di Excel" },
      { row: 5, kode: "3", reason: 'koefisien "0.333333333333333" punya lebih dari 6 angka desimal' },
    ]);
  });

  it("skips a cover sheet and numbers rows as the worksheet does", async () => {
    const data = await xlsxBytes((wb) => {
      wb.addWorksheet("Sampul").addRow(["Analisa Harga Satuan Pekerjaan"]);
      const ws = wb.addWorksheet("Analisa");
      ws.getCell("A1").value = "Daftar AHSP";
      ws.getRow(3).values = [...HEADER];
      ws.getRow(5).values = row("1", "TK", "a", "A", "x");
    });
    const { report } = await parseOk(data);
    expect(report.sheetName).toBe("Analisa");
    expect(report.rejected).toEqual([{ row: 5, kode: "1", reason: 'koefisien "x" bukan angka' }]);
  });

  it("names the missing columns when no sheet has a usable header", async () => {
    const data = await xlsxBytes((wb) => wb.addWorksheet("S").addRow(["kode", "uraian", "satuan", "koefisien"]));
    const failure = await parseFail(data);
    expect(failure.error).toMatchObject({
      code: "MISSING_COLUMNS",
      missingColumns: ["kategori", "kode_item", "uraian_item", "satuan_item"],
    });
  });
});
