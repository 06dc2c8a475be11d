import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { AHSP_HEADER } from "./headers";
import { isFileError, readTable } from "./read-table";
import { bytes, HEADER, row, toCsv } from "./test-support";

const rows = (n: number) => [[...HEADER], ...Array.from({ length: n - 1 }, (_, i) => row(`1.${i}`, "TK", "L.01", "Pekerja", "0.5"))];

async function xlsx(n: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("AHSP");
  for (const r of rows(n)) sheet.addRow(r);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("readTable's row bound", () => {
  it.each([
    ["CSV", (n: number) => Promise.resolve(bytes(toCsv(rows(n))))],
    ["XLSX", xlsx],
  ])("reads a %s of exactly maxRows rows and refuses one more", async (_format, file) => {
    const atMax = await readTable(await file(50), AHSP_HEADER, 50);
    expect(isFileError(atMax)).toBe(false);
    expect(isFileError(atMax) ? [] : atMax.sheet.rows).toHaveLength(50);
    expect(await readTable(await file(51), AHSP_HEADER, 50)).toEqual({
      code: "TOO_LARGE",
      message: "Berkas melebihi batas 50 baris. Bagi menjadi beberapa berkas.",
    });
  });
});
