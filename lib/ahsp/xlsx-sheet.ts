import ExcelJS from "exceljs";
import type { Sheet, SheetCell, SheetRow } from "./sheet";
import type { FileError } from "./types";

/**
 * Reads XLSX cell VALUES with exceljs. Formulas are never evaluated: a formula cell
 * yields the result Excel cached when the file was saved. exceljs ignores VBA projects,
 * so a macro-enabled workbook is read as plain data and nothing in it runs.
 */

export interface XlsxWorksheet {
  name: string;
  /** Rows in order; empty rows are absent (their numbers are skipped). */
  rows: () => SheetRow[];
  /** The first `count` non-empty rows, for header detection without reading the sheet. */
  firstRows: (count: number) => SheetRow[];
}

type CellValue = ExcelJS.CellValue;
type ExcelBuffer = Parameters<ExcelJS.Xlsx["load"]>[0];
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

function wrapWorksheet(worksheet: ExcelJS.Worksheet): XlsxWorksheet {
  return {
    name: worksheet.name,
    rows: () => {
      const rows: SheetRow[] = [];
      worksheet.eachRow({ includeEmpty: false }, (row, n) => rows.push(toSheetRow(row, n)));
      return rows;
    },
    firstRows: (count) => {
      const rows: SheetRow[] = [];
      for (let n = 1; n <= worksheet.rowCount && rows.length < count; n++) {
        const row = worksheet.findRow(n);
        if (row && row.hasValues) rows.push(toSheetRow(row, n));
      }
      return rows;
    },
  };
}

export async function readXlsxWorksheets(data: Uint8Array): Promise<XlsxWorksheet[] | FileError> {
  const workbook = new ExcelJS.Workbook();
  try {
    // Wraps the same memory without copying. exceljs declares its own `Buffer extends
    // ArrayBuffer` type, but the JSZip it hands the bytes to takes Node Buffers.
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    await workbook.xlsx.load(buffer as unknown as ExcelBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { code: "INVALID_XLSX", message: `Berkas XLSX tidak dapat dibaca: ${detail}` };
  }
  return workbook.worksheets.map(wrapWorksheet);
}

export function toSheet(worksheet: XlsxWorksheet): Sheet {
  return { name: worksheet.name, rows: worksheet.rows(), strictWidth: false };
}
