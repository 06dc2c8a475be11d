import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { type Sheet, type SheetCell, type SheetRow, tooManyRows } from "./sheet";
import type { FileError } from "./types";

/**
 * Reads XLSX cell VALUES with exceljs. Formulas are never evaluated: a formula cell
 * yields the result Excel cached when the file was saved. exceljs ignores VBA projects,
 * so a macro-enabled workbook is read as plain data and nothing in it runs.
 */

export interface XlsxWorksheet {
  name: string;
  /** Rows in order; empty rows are absent (their numbers are skipped). */
  rows: SheetRow[];
}

type CellValue = ExcelJS.CellValue;
type ResultValue = ExcelJS.CellFormulaValue["result"];

function resultToCell(result: ResultValue): SheetCell {
  if (result === undefined) return { problem: "no-cached-result", detail: "rumus tanpa nilai tersimpan" };
  return valueToCell(result);
}

function objectToCell(value: Exclude<CellValue, null | undefined | number | string | boolean | Date>): SheetCell {
  if ("error" in value) return { problem: "error", detail: String(value.error) };
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) return resultToCell(value.result);
  // Hyperlink: exceljs may hand the display text over as rich text.
  const text: unknown = value.text;
  if (typeof text === "string") return text;
  if (typeof text === "object" && text !== null && "richText" in text) return objectToCell(text as ExcelJS.CellRichTextValue);
  return "";
}

export function valueToCell(value: CellValue): SheetCell {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  // A date where text was meant is usually Excel auto-converting a kode such as "1.2".
  if (value instanceof Date) return { problem: "date", detail: value.toISOString().slice(0, 10) };
  return objectToCell(value);
}

function toSheetRow(row: ExcelJS.Row, rowNumber: number): SheetRow {
  // row.values is 1-based and sparse: index 0 is always empty.
  const values = Array.isArray(row.values) ? row.values.slice(1) : [];
  const cells: SheetCell[] = [];
  for (let i = 0; i < values.length; i++) cells.push(valueToCell(values[i] as CellValue));
  return { row: rowNumber, cells };
}

/**
 * Every worksheet's non-empty rows, read by exceljs' streaming reader (the sheet XML is parsed
 * as it inflates, never held whole). Stops with TOO_LARGE at the `maxRows`+1st row of the
 * file. The archive's real inflated size was checked before (./detect-format.ts).
 */
export async function readXlsxWorksheets(data: Uint8Array, maxRows: number): Promise<XlsxWorksheet[] | FileError> {
  // Wraps the same memory without copying.
  const input = Readable.from([Buffer.from(data.buffer, data.byteOffset, data.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
  });
  const worksheets: XlsxWorksheet[] = [];
  let count = 0;
  try {
    for await (const worksheet of reader) {
      const rows: SheetRow[] = [];
      for await (const row of worksheet) {
        if (++count > maxRows) return tooManyRows(maxRows);
        if (row.hasValues) rows.push(toSheetRow(row, row.number));
      }
      // exceljs' types omit the name it takes from the workbook part.
      worksheets.push({ name: (worksheet as unknown as { name: string }).name, rows });
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { code: "INVALID_XLSX", message: `Berkas XLSX tidak dapat dibaca: ${detail}` };
  }
  return worksheets;
}

export function toSheet(worksheet: XlsxWorksheet): Sheet {
  return { name: worksheet.name, rows: worksheet.rows, strictWidth: false };
}
