/**
 * Reading exported files back, for the export tests (integration and e2e): XLSX with
 * exceljs (cached formula results, plus a small evaluator that recomputes our formulas from
 * the cells they name), PDF with poppler's pdftotext/pdfinfo, CSV with csv-parse.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { Decimal } from "@/lib/calc";

export async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

export interface Picture {
  /** The top-left cell, 0-based. */
  col: number;
  row: number;
  /** The shown size in pixels. */
  width: number;
  height: number;
  data: Buffer;
}

/** The pictures placed on a sheet (one-cell anchors: a cell and a size). */
export function picturesOf(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): Picture[] {
  return sheet.getImages().map(({ imageId, range }) => {
    // exceljs' types know only two-cell anchors; a one-cell anchor reads back with its size in `ext`.
    const { ext } = range as unknown as { ext: { width: number; height: number } };
    const data = workbook.getImage(Number(imageId)).buffer as unknown as Buffer;
    return { col: range.tl.nativeCol, row: range.tl.nativeRow, width: ext.width, height: ext.height, data };
  });
}

/** A cell's number: its value, or a formula's cached result. */
export function numberAt(cell: ExcelJS.Cell): number {
  const value = cell.value;
  const isFormula = value !== null && typeof value === "object" && "formula" in value;
  // exceljs' reader drops a cached result of 0 (`<v>0</v>` is written, and Excel reads it).
  const result = isFormula ? (value.result ?? 0) : value;
  if (typeof result !== "number") throw new Error(`${cell.address}: no number (${JSON.stringify(value)})`);
  return result;
}

export function formulaAt(cell: ExcelJS.Cell): string | null {
  const value = cell.value;
  return value && typeof value === "object" && "formula" in value ? (value.formula ?? null) : null;
}

/** A spreadsheet number as the API's decimal string: rounded half-up once, as a document shows it. */
export function asMoney(value: number, decimals = 2): string {
  return new Decimal(String(value)).toFixed(decimals); // the calc Decimal rounds half-up
}

/** The rows of a sheet from `from`, as text of column `column` → row. */
export function rowsByText(sheet: ExcelJS.Worksheet, column: number, from = 1): Map<string, ExcelJS.Row> {
  const rows = new Map<string, ExcelJS.Row>();
  sheet.eachRow((row, number) => {
    const value = row.getCell(column).value;
    if (number >= from && typeof value === "string") rows.set(value, row);
  });
  return rows;
}

const RANGE = /(?:'((?:[^']|'')+)'!)?\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)/g;
const REF = /(?:'((?:[^']|'')+)'!)?\b\$?([A-Z]{1,3})\$?(\d+)\b/g;

function columnNumber(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

/**
 * Recomputes a formula of ours (SUM, ROUND, + - * /, cell and range references, other
 * sheets) from the numbers of the cells it names, as a spreadsheet would.
 */
export function evaluateFormula(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, formula: string): number {
  const sheetOf = (name: string | undefined) => (name ? workbook.getWorksheet(name.replace(/''/g, "'"))! : sheet);
  const value = (ws: ExcelJS.Worksheet, column: string, row: string) => {
    const cell = ws.getRow(Number(row)).getCell(columnNumber(column));
    return cell.value === null ? 0 : numberAt(cell);
  };
  let expression = formula.replace(RANGE, (_, name: string | undefined, c1: string, r1: string, c2: string, r2: string) => {
    const ws = sheetOf(name);
    const values: number[] = [];
    for (let r = Number(r1); r <= Number(r2); r++) {
      for (let c = columnNumber(c1); c <= columnNumber(c2); c++) {
        const cell = ws.getRow(r).getCell(c);
        if (cell.value !== null) values.push(numberAt(cell));
      }
    }
    return `(${values.join("+") || "0"})`;
  });
  expression = expression.replace(REF, (_, name: string | undefined, column: string, row: string) => `(${value(sheetOf(name), column, row)})`);
  expression = expression.replace(/SUM\(/g, "S(").replace(/ROUND\(/g, "R(");
  if (!/^[\d.eE+\-*/(),SR ]*$/.test(expression)) throw new Error(`unexpected formula: ${formula} → ${expression}`);
  const sum = (...values: number[]) => values.reduce((s, v) => s + v, 0);
  const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  return new Function("S", "R", `return ${expression};`)(sum, round) as number;
}

/** Runs a poppler tool on the PDF; its text output. */
function poppler(tool: "pdftotext" | "pdfinfo", body: Buffer, args: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "rab-pdf-"));
  try {
    const file = path.join(dir, "document.pdf");
    writeFileSync(file, body);
    return execFileSync(tool, [...args, file, ...(tool === "pdftotext" ? ["-"] : [])], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text of each page (pdftotext -layout), in order. */
export function pdfPages(body: Buffer): string[] {
  const text = poppler("pdftotext", body, ["-layout", "-enc", "UTF-8"]);
  return text.split("\f").slice(0, -1);
}

export function pdfInfo(body: Buffer): { pages: number; pageSize: string } {
  const info = poppler("pdfinfo", body, []);
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), pageSize: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? "" };
}

/** A CSV export's records: BOM required, `;` separated. */
export function readCsv(body: Buffer): string[][] {
  if (!(body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf)) throw new Error("CSV tanpa BOM UTF-8");
  return parse(body, { bom: true, delimiter: ";", relax_column_count: false }) as string[][];
}
