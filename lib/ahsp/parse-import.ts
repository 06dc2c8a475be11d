import { buildItems } from "./build-items";
import { inferDecimalStyle } from "./decimal-text";
import { AHSP_HEADER, type ColumnKey, type RequiredColumnKey } from "./headers";
import type { LocatedHeader } from "./locate-header";
import { resolveNestedKode } from "./nested";
import { isFileError, readTable } from "./read-table";
import { koefisienTexts } from "./row-fields";
import type { Sheet } from "./sheet";
import type {
  AhspItem,
  DecimalStyle,
  AhspImportCounts,
  AhspImportReport,
  AhspImportResult,
  AhspImportWarning,
  Kategori,
  AhspWarningType,
} from "./types";
import { collectItemWarnings } from "./warnings";

/**
 * Rows of a library file (one per analysis line; the national list has 14,036). The 20 MB
 * upload of realistic rows holds ~125,000; tiny rows could make millions.
 */
export const MAX_AHSP_ROWS = 150_000;

interface SheetWithHeader {
  sheet: Sheet;
  header: LocatedHeader<ColumnKey, RequiredColumnKey>;
}

function countLines(items: readonly AhspItem[]): { lines: number; perKategori: Record<Kategori, number> } {
  const perKategori: Record<Kategori, number> = { TK: 0, BHN: 0, ALT: 0, LAIN: 0 };
  let lines = 0;
  for (const item of items) {
    for (const line of item.lines) perKategori[line.kategori]++;
    lines += item.lines.length;
  }
  return { lines, perKategori };
}

function countByType(warnings: readonly AhspImportWarning[]): Partial<Record<AhspWarningType, number>> {
  const counts: Partial<Record<AhspWarningType, number>> = {};
  for (const w of warnings) counts[w.type] = (counts[w.type] ?? 0) + 1;
  return counts;
}

function parseSheet({ sheet, header }: SheetWithHeader): { items: AhspItem[]; report: AhspImportReport } {
  const dataRows = sheet.rows.slice(header.index + 1);
  const decimalStyle: DecimalStyle = inferDecimalStyle(koefisienTexts(dataRows, header.columns));
  const built = buildItems(dataRows, {
    columns: header.columns,
    headerWidth: header.width,
    strictWidth: sheet.strictWidth,
    decimalStyle,
  });
  const items = resolveNestedKode(built.items);
  const warnings = [...built.warnings, ...collectItemWarnings(items, built.lineRows)];
  const counts: AhspImportCounts = {
    rows: built.rowCount,
    items: items.length,
    ...countLines(items),
    rejectedRows: built.rejected.length,
    skippedItems: built.skippedKodes.length,
  };
  const report: AhspImportReport = {
    counts,
    rejected: built.rejected,
    skippedKodes: built.skippedKodes,
    warnings,
    warningsByType: countByType(warnings),
    decimalStyle,
  };
  if (sheet.name !== undefined) report.sheetName = sheet.name;
  return { items, report };
}

/**
 * Parses an AHSP library in the flat layout (one row per analysis line) from CSV or XLSX
 * bytes. The format is detected from the content. File-level problems (unsupported
 * content, missing columns) fail the whole parse; row-level problems are reported in
 * `report.rejected` and the affected items left out. The caller enforces the size limit.
 */
export async function parseAhspImport(data: Uint8Array): Promise<AhspImportResult> {
  const table = await readTable(data, AHSP_HEADER, MAX_AHSP_ROWS);
  if (isFileError(table)) return { ok: false, error: table };
  return { ok: true, format: table.format, ...parseSheet(table) };
}
