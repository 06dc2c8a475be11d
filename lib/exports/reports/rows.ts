/** Small pieces the report builders share. */
import type { CellRef, Row } from "../document";

/** Free text across all `columnCount` columns (terbilang, the rounding line). */
export function noteRow(text: string, columnCount: number): Row {
  const cells = new Array<string | null>(columnCount).fill(null);
  cells[0] = text;
  return { style: "note", cells, merge: { from: 0, to: columnCount - 1 } };
}

/**
 * A SUM over the given rows' cells in one column; "0" for none. Adjacent rows collapse into
 * ranges (G10:G40), so a 2,000-row subtotal stays a short formula.
 */
export function sumOf(keys: readonly string[], column: number): (ref: CellRef) => string {
  return (ref) => {
    if (keys.length === 0) return "0";
    const cells = keys.map((key) => ref(key, column));
    const parts: string[] = [];
    let start = 0;
    for (let i = 1; i <= cells.length; i++) {
      if (i < cells.length && adjacent(cells[i - 1]!, cells[i]!)) continue;
      parts.push(i - 1 === start ? cells[start]! : `${cells[start]}:${withoutSheet(cells[i - 1]!)}`);
      start = i;
    }
    return sumFormula(parts);
  };
}

/** Excel's SUM takes at most 255 arguments: longer lists are summed in nested groups. */
const MAX_ARGUMENTS = 255;

function sumFormula(parts: string[]): string {
  if (parts.length <= MAX_ARGUMENTS) return `SUM(${parts.join(",")})`;
  const groups: string[] = [];
  for (let i = 0; i < parts.length; i += MAX_ARGUMENTS) groups.push(`SUM(${parts.slice(i, i + MAX_ARGUMENTS).join(",")})`);
  return sumFormula(groups);
}

/** A range's end names no sheet: 'RAB'!G10:G40. */
function withoutSheet(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/** "G10" then "G11" (same sheet and column, next row). */
function adjacent(a: string, b: string): boolean {
  const pa = /^(.*?)(\d+)$/.exec(a);
  const pb = /^(.*?)(\d+)$/.exec(b);
  return Boolean(pa && pb && pa[1] === pb[1] && Number(pb[2]) === Number(pa[2]) + 1);
}

/** "tujuh juta rupiah" → "Tujuh juta rupiah". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
