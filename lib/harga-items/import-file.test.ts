import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { bytes, toCsv } from "@/lib/ahsp/test-support";
import { parseHargaFile, type HargaFile } from "./import-file";

async function parseOk(data: Uint8Array | string): Promise<HargaFile> {
  const result = await parseHargaFile(typeof data === "string" ? bytes(data) : data);
  if (!result.ok) expect.fail(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.list;
}

async function parseError(data: Uint8Array | string) {
  const result = await parseHargaFile(typeof data === "string" ? bytes(data) : data);
  if (result.ok) expect.fail("expected a file-level error");
  return result.error;
}

async function xlsxBytes(rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Sampul").addRow(["Daftar harga satuan"]);
  const sheet = workbook.addWorksheet("Harga");
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("parseHargaFile: the Pangandaran SSH layout", () => {
  const csv =
    "\uFEFFid_ssh,kelompok,komponen,spesifikasi,satuan,harga,tahun,wilayah\r\n" +
    '1,SSH,Semen Portland,"40 kg, Tiga Roda",Zak,65000,2023,Kabupaten Pangandaran (Jawa Barat)\r\n' +
    "9453,SBU,PEKERJAAN KONSTRUKSI,Pekerja,Orang/Hari,90000,2023,Kabupaten Pangandaran (Jawa Barat)\r\n" +
    "77,SSH,Kawat,,Kg,14610.75,2023,Kabupaten Pangandaran (Jawa Barat)\r\n";

  it("reads komponen as uraian, keeps spesifikasi, ignores extra columns and the BOM", async () => {
    const list = await parseOk(csv);
    expect(list.format).toBe("csv");
    expect(list.invalid).toEqual([]);
    expect(list.rows).toEqual([
      { row: 2, kode: "", uraian: "Semen Portland", spesifikasi: "40 kg, Tiga Roda", satuan: "Zak", harga: "65000" },
      { row: 3, kode: "", uraian: "PEKERJAAN KONSTRUKSI", spesifikasi: "Pekerja", satuan: "Orang/Hari", harga: "90000" },
      { row: 4, kode: "", uraian: "Kawat", spesifikasi: "", satuan: "Kg", harga: "14610.75" },
    ]);
  });
});

describe("parseHargaFile: number styles", () => {
  it("reads id-ID and en prices, Rp prefixes and grouping spaces, per value", async () => {
    const rows = [
      ["kode", "uraian", "satuan", "harga"],
      ["A", "a", "kg", "1.234.567,50"],
      ["B", "b", "kg", "1,234,567.50"],
      ["C", "c", "kg", "Rp 90.000"],
      ["D", "d", "kg", "Rp. 90 000,00"],
      ["E", "e", "kg", "17,415"],
      ["F", "f", "kg", "12,5"],
      ["G", "g", "kg", "0"],
    ];
    const list = await parseOk(toCsv(rows, ";"));
    expect(list.rows.map((r) => r.harga)).toEqual(["1234567.5", "1234567.5", "90000", "90000", "17415", "12.5", "0"]);
  });

  it("rejects negative, non-numeric and empty prices with their row numbers, and rounds over-precise ones to the sen", async () => {
    const csv = toCsv([
      ["Daftar harga 2025"],
      [],
      ["kode", "uraian", "satuan", "harga"],
      ["A", "a", "kg", "-5"],
      ["B", "b", "kg", "NaN"],
      [],
      ["C", "c", "kg", ""],
      ["D", "d", "kg", "12,345"],
      ["E", "e", "kg", "1.5e2"],
      ["F", "f", "kg", "1,5555"],
      ["G", "g", "kg", "1e20"],
      ["H", "h", "kg", "16.066,875"],
    ]);
    const list = await parseOk(csv);
    // "12,345": a price never has three decimals, so the comma groups thousands.
    expect(list.rows.map((r) => [r.row, r.harga, r.roundedFrom])).toEqual([
      [8, "12345", undefined],
      [9, "150", undefined],
      [10, "1.56", "1.5555"],
      [12, "16066.88", "16066.875"],
    ]);
    expect(list.invalid.map((r) => [r.row, r.reasons])).toEqual([
      [4, ["harga negatif (-5)"]],
      [5, ['harga "NaN" bukan angka']],
      [7, ["harga kosong"]],
      [11, ['harga "1e20" terlalu besar']],
    ]);
  });

  it("reads numeric XLSX cells at Excel's precision, and refuses dates and formulas without a result", async () => {
    const data = await xlsxBytes([
      ["Kode", "Uraian", "Satuan", "Harga Satuan"],
      ["A", "a", "kg", 0.1 + 0.2],
      ["B", "b", "kg", 15000],
      ["C", "c", "kg", new Date(Date.UTC(2024, 0, 31))],
      ["D", "d", "kg", { formula: "B3*2" }],
    ]);
    const list = await parseOk(data);
    expect(list).toMatchObject({ format: "xlsx", sheetName: "Harga" });
    expect(list.rows.map((r) => [r.row, r.harga])).toEqual([
      [2, "0.3"],
      [3, "15000"],
    ]);
    expect(list.invalid.map((r) => [r.row, r.reasons[0]])).toEqual([
      [4, "harga: sel berisi tanggal (2024-01-31)"],
      [5, "harga: rumus tanpa nilai tersimpan; buka lalu simpan ulang berkas di Excel"],
    ]);
  });
});

describe("parseHargaFile: rows that cannot be matched", () => {
  it("needs a kode, or an uraian with a satuan", async () => {
    const list = await parseOk(
      toCsv([
        ["kode", "uraian", "satuan", "harga"],
        ["", "", "kg", "5"],
        ["", "Pasir", "", "5"],
        ["K-1", "", "", "5"],
      ]),
    );
    expect(list.invalid.map((r) => [r.row, r.reasons])).toEqual([
      [2, ["kode dan uraian kosong"]],
      [3, ["satuan kosong: tanpa kode, baris dicocokkan dengan uraian dan satuan"]],
    ]);
    expect(list.rows.map((r) => r.kode)).toEqual(["K-1"]);
  });

  it("refuses a CSV row shifted by an unquoted separator", async () => {
    const list = await parseOk("uraian,satuan,harga\nKawat, bendrat,kg,5000\n");
    expect(list.invalid[0]).toMatchObject({
      row: 2,
      reasons: expect.arrayContaining([expect.stringContaining("jumlah kolom (4) melebihi header (3)")]),
    });
  });
});

describe("parseHargaFile: file-level errors", () => {
  it.each([
    ["no harga column", "kode,uraian,satuan\nA,a,kg\n", "MISSING_COLUMNS", "harga"],
    ["neither kode nor uraian", "satuan,harga\nkg,5\n", "MISSING_COLUMNS", "kode atau uraian"],
    ["uraian without satuan", "uraian,harga\nPasir,5\n", "MISSING_COLUMNS", "satuan"],
    ["a header only", "kode,harga\n", "EMPTY_FILE", "tidak berisi baris"],
    ["an empty file", "", "EMPTY_FILE", "kosong"],
    ["two harga columns", "kode,harga,harga satuan\nA,1,2\n", "DUPLICATE_COLUMNS", "Kolom ganda"],
  ])("%s", async (_name, text, code, message) => {
    const error = await parseError(text);
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });

  it("refuses binary content, whatever it is called", async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x01, 0x02]);
    expect((await parseError(pdf)).code).toBe("UNSUPPORTED_FORMAT");
  });
});
