/**
 * A format-neutral table: what the CSV and XLSX readers hand to the item builder.
 * Cells are text, numbers (XLSX numeric cells only) or a problem the builder reports.
 */
import { formatInteger } from "@/lib/format/number";
import type { FileError } from "./types";

export interface CellProblem {
  problem: "error" | "date" | "no-cached-result";
  /** "#DIV/0!" for errors, "2024-01-31" for dates. */
  detail: string;
}

/** "" is an empty cell. */
export type SheetCell = string | number | CellProblem;

export interface SheetRow {
  /** Spreadsheet row number: 1-based, header included (CSV: record number, blank lines included). */
  row: number;
  cells: SheetCell[];
}

export interface Sheet {
  name?: string;
  rows: SheetRow[];
  /**
   * CSV only: a non-empty cell right of the last header column means a delimiter inside an
   * unquoted field shifted the row, so the row is refused. XLSX has no such failure mode
   * and extra columns (notes) are ignored.
   */
  strictWidth: boolean;
}

export function isCellProblem(cell: SheetCell | undefined): cell is CellProblem {
  return typeof cell === "object" && cell !== null;
}

export function isBlankCell(cell: SheetCell | undefined): boolean {
  return cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

export function isBlankRow(row: SheetRow): boolean {
  return row.cells.every(isBlankCell);
}

/** Header cells as text (problems and numbers become their display text). */
export function cellsAsText(row: SheetRow): string[] {
  return row.cells.map((cell) => (isCellProblem(cell) ? cell.detail : String(cell)));
}

/** A file past its row bound (lib/ahsp/parse-import.ts, lib/harga-items/import-limits.ts). */
export function tooManyRows(maxRows: number): FileError {
  return { code: "TOO_LARGE", message: `Berkas melebihi batas ${formatInteger(maxRows)} baris. Bagi menjadi beberapa berkas.` };
}
