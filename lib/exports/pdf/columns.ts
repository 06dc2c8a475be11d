/**
 * Column widths on a PDF page: a table that fits is stretched to the page width; one that is
 * too wide is either shrunk (text wraps) or, when it names repeated leading columns (a
 * jadwal's No / Uraian), cut into column groups printed one after another, each beside the
 * repeated columns.
 */
import type { Column } from "../document";

/** Points per spreadsheet character at the table's font size. */
export const POINTS_PER_CHAR = 4.6;

export interface ColumnGroup {
  /** Column indexes of the table, in order. */
  columns: number[];
  /** Width in points of each column of `columns`. */
  widths: number[];
}

function stretch(columns: number[], natural: readonly number[], pageWidth: number): ColumnGroup {
  const total = columns.reduce((s, i) => s + natural[i]!, 0);
  return { columns, widths: columns.map((i) => (natural[i]! * pageWidth) / total) };
}

export function columnGroups(columns: readonly Column[], pageWidth: number, repeatColumns = 0): ColumnGroup[] {
  const natural = columns.map((c) => c.width * POINTS_PER_CHAR);
  const all = columns.map((_, i) => i);
  const total = natural.reduce((s, w) => s + w, 0);
  if (total <= pageWidth || repeatColumns === 0) return [stretch(all, natural, pageWidth)];

  const fixed = all.slice(0, repeatColumns);
  const fixedWidth = fixed.reduce((s, i) => s + natural[i]!, 0);
  const groups: number[][] = [];
  let current: number[] = [];
  let width = fixedWidth;
  for (const i of all.slice(repeatColumns)) {
    if (current.length > 0 && width + natural[i]! > pageWidth) {
      groups.push(current);
      current = [];
      width = fixedWidth;
    }
    current.push(i);
    width += natural[i]!;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group) => stretch([...fixed, ...group], natural, pageWidth));
}
