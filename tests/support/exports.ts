/**
 * Reading exported files back, for the export tests (integration and e2e): XLSX with
 * exceljs (cached formula results, plus a small exact-decimal evaluator that recomputes our
 * formulas from the cells they name), PDF with poppler's pdftotext/pdfinfo, CSV with csv-parse.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { expect } from "vitest";
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

const TOKEN =
  /\s*(?:(?<ref>(?:'(?:[^']|'')+'!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|(?<fn>SUM|ROUND|MAX)\(|(?<number>\d+(?:\.\d+)?)|(?<op>[-+*/(),]))/y;
const CELL = /^(?:'((?:[^']|'')+)'!)?\$?([A-Z]{1,3})\$?(\d+)$/;

function columnNumber(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

function tokenize(formula: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.trimEnd().length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(formula);
    if (!match) throw new Error(`unexpected formula: ${formula} at ${at}`);
    tokens.push(match[0].trim());
  }
  return tokens;
}

/**
 * Recomputes a formula of ours (SUM, MAX, ROUND half-up with negative digits too, + - * /, cell and
 * range references, other sheets) in exact decimals from the numbers of the cells it names:
 * their values, or for formulas their cached results, as a spreadsheet reads them.
 */
export function evaluateFormula(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, formula: string): Decimal {
  const tokens = tokenize(formula);
  let i = 0;
  const next = () => tokens[i++];
  const expect = (token: string) => {
    if (next() !== token) throw new Error(`${formula}: "${token}" expected at token ${i}`);
  };
  const cellValue = (ws: ExcelJS.Worksheet, column: string, row: string): Decimal | null => {
    const cell = ws.getRow(Number(row)).getCell(columnNumber(column));
    return cell.value === null ? null : new Decimal(String(numberAt(cell)));
  };
  /** A reference's numbers: one for a cell (0 when empty), the non-empty cells of a range. */
  const reference = (text: string): Decimal[] => {
    const [from, to = from] = text.split(":") as [string, string?];
    const start = CELL.exec(from)!;
    const end = CELL.exec(to.includes("!") ? to : `${start[1] ? `'${start[1]}'!` : ""}${to}`)!;
    const ws = start[1] ? workbook.getWorksheet(start[1].replace(/''/g, "'"))! : sheet;
    if (from === to) return [cellValue(ws, start[2]!, start[3]!) ?? new Decimal(0)];
    const values: Decimal[] = [];
    for (let r = Number(start[3]); r <= Number(end[3]); r++) {
      for (let c = columnNumber(start[2]!); c <= columnNumber(end[2]!); c++) {
        const cell = ws.getRow(r).getCell(c);
        if (cell.value !== null) values.push(new Decimal(String(numberAt(cell))));
      }
    }
    return values;
  };
  const args = (): Decimal[][] => {
    const list: Decimal[][] = [];
    do {
      const token = tokens[i]!;
      // A range is an argument of its own; anything else an expression.
      if (token.includes(":") && (tokens[i + 1] === "," || tokens[i + 1] === ")")) list.push(reference(next()!));
      else list.push([expression()]);
    } while (tokens[i] === "," && next());
    expect(")");
    return list;
  };
  const primary = (): Decimal => {
    const token = next();
    if (token === undefined) throw new Error(`${formula}: ends early`);
    if (token === "(") {
      const value = expression();
      expect(")");
      return value;
    }
    if (token === "-") return primary().negated();
    if (token === "SUM(")
      return args()
        .flat()
        .reduce((sum, v) => sum.plus(v), new Decimal(0));
    if (token === "MAX(") return Decimal.max(...args().flat());
    if (token === "ROUND(") {
      const [[x], [digits]] = args() as [[Decimal], [Decimal]];
      const places = digits.toNumber();
      const step = new Decimal(10).pow(-places);
      return x.div(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(step);
    }
    if (/^\d/.test(token)) return new Decimal(token);
    const values = reference(token);
    if (values.length !== 1) throw new Error(`${formula}: range ${token} outside a function`);
    return values[0]!;
  };
  const term = (): Decimal => {
    let value = primary();
    while (tokens[i] === "*" || tokens[i] === "/") value = next() === "*" ? value.times(primary()) : value.div(primary());
    return value;
  };
  function expression(): Decimal {
    let value = term();
    while (tokens[i] === "+" || tokens[i] === "-") value = next() === "+" ? value.plus(term()) : value.minus(term());
    return value;
  }
  const value = expression();
  if (i !== tokens.length) throw new Error(`${formula}: unexpected "${tokens[i]}"`);
  return value;
}

/** Runs a poppler tool on the PDF; its text output. */
function poppler(tool: "pdftotext" | "pdfinfo", body: Buffer, args: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "rab-pdf-"));
  try {
    const file = path.join(dir, "document.pdf");
    writeFileSync(file, body);
    return execFileSync(tool, [...args, file, ...(tool === "pdftotext" ? ["-"] : [])], { encoding: "utf8" });
  } catch (error) {
    // A missing tool must fail the test with its fix, not skip it: CI installs poppler-utils.
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error(`${tool} not found: install poppler-utils (apt-get install poppler-utils).`);
    throw error;
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

/**
 * Every formula of the sheet but an IF (beyond this evaluator: check those cells' values directly),
 * recomputed from the cells it names, gives its cached result (2 dp). Answers how many were checked.
 */
export function expectFormulasConsistent(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): number {
  let formulas = 0;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const formula = formulaAt(cell);
      if (!formula || formula.startsWith("IF(")) return;
      formulas++;
      expect(evaluateFormula(workbook, sheet, formula).toFixed(2), `${cell.address} = ${formula}`).toBe(asMoney(numberAt(cell)));
    }),
  );
  return formulas;
}
