/**
 * Cell values on their way out: id-ID number text (CSV, PDF), numbers for XLSX, and the
 * neutralising of text a spreadsheet would otherwise run as a formula.
 */
import type { Decimal } from "@/lib/calc";
import { formatDecimal } from "@/lib/format/number";
import type { Cell, ColumnKind } from "./document";

/** Decimal places a column shows (rounded half-up, once, when shown): as the screens do. */
const SHOWN: Record<Exclude<ColumnKind, "text">, { max: number; min: number }> = {
  money: { max: 2, min: 2 },
  quantity: { max: 3, min: 0 },
  koefisien: { max: 6, min: 0 },
  percent: { max: 2, min: 2 },
  integer: { max: 0, min: 0 },
};

/** The id-ID text of a number in a column: "1.234.567,89". */
export function formatNumber(value: Decimal, kind: Exclude<ColumnKind, "text">): string {
  const { max, min } = SHOWN[kind];
  return formatDecimal(value.toFixed(), { maxDecimals: max, minDecimals: min });
}

/** A cell as displayed text (PDF, CSV); numbers id-ID. */
export function cellText(cell: Cell, kind: ColumnKind): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell;
  return kind === "text" ? cell.toFixed() : formatNumber(cell, kind);
}

/** Excel number formats (the file stores the number; Excel shows it with the reader's separators). */
export const XLSX_FORMATS: Record<Exclude<ColumnKind, "text">, string> = {
  money: "#,##0.00",
  quantity: "#,##0.000",
  koefisien: "#,##0.000000",
  percent: "#,##0.00",
  integer: "#,##0",
};

/**
 * Characters that make a spreadsheet read a cell as a formula (=, +, -, @) or that Excel
 * strips before doing so (tab, carriage return). A text starting with one would run when a
 * CSV is opened (CSV injection: =HYPERLINK(…), DDE).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text made inert for a spreadsheet: a leading apostrophe, as Excel itself marks text. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
