import { COLUMN_SPECS, type HeaderResolution, type HeaderSchema, type ResolvedColumns } from "./headers";
import { cellsAsText, isBlankRow, type SheetRow } from "./sheet";
import type { FileError } from "./types";

/** Title rows above the header are tolerated, but only this far down. */
export const HEADER_SEARCH_ROWS = 20;
/** A row naming at least this many known columns is taken as the header. */
const HEADER_MIN_RECOGNISED = 3;

export interface LocatedHeader<K extends string, R extends K> {
  /** Index in the rows array of the header row. */
  index: number;
  columns: ResolvedColumns<K, R>;
  width: number;
}

function headerError(row: SheetRow, resolution: Extract<HeaderResolution<string>, { ok: false }>): FileError {
  if (resolution.duplicates.length > 0) {
    return {
      code: "DUPLICATE_COLUMNS",
      message: `Kolom ganda di baris ${row.row}: ${resolution.duplicates.join(", ")}. Hapus atau ganti nama salah satunya.`,
      duplicateHeaders: resolution.duplicates,
    };
  }
  return {
    code: "MISSING_COLUMNS",
    message: `Kolom wajib tidak ditemukan: ${resolution.missing.join(", ")}.`,
    missingColumns: resolution.missing,
  };
}

/**
 * Finds the header: the first of the first rows that names at least three known columns
 * (falling back to the first non-blank row), then requires every mandatory column in it.
 */
export function locateHeader<K extends string, R extends K>(
  rows: readonly SheetRow[],
  schema: HeaderSchema<K, R>,
): LocatedHeader<K, R> | FileError {
  const recognised = (row: SheetRow) => cellsAsText(row).filter((cell) => schema.columnFor(cell) !== undefined).length;
  let candidate = -1;
  let firstContent = -1;
  for (let i = 0; i < rows.length && i < HEADER_SEARCH_ROWS; i++) {
    const row = rows[i] as SheetRow;
    if (isBlankRow(row)) continue;
    if (firstContent < 0) firstContent = i;
    if (recognised(row) >= HEADER_MIN_RECOGNISED) {
      candidate = i;
      break;
    }
  }
  const index = candidate >= 0 ? candidate : firstContent;
  const row = rows[index];
  if (!row) return { code: "EMPTY_FILE", message: "Berkas tidak berisi baris data." };
  const resolution = schema.resolve(cellsAsText(row));
  if (!resolution.ok) return headerError(row, resolution);
  return { index, columns: resolution.columns, width: row.cells.length };
}

export const REQUIRED_COLUMN_NAMES: readonly string[] = Object.values(COLUMN_SPECS)
  .filter((spec) => spec.required)
  .map((spec) => spec.canonical);
