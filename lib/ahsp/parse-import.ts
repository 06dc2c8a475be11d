import { buildItems } from "./build-items";
import { readCsvSheet } from "./csv-sheet";
import { inferDecimalStyle } from "./decimal-text";
import { detectImportFormat } from "./detect-format";
import { locateHeader, HEADER_SEARCH_ROWS, type LocatedHeader } from "./locate-header";
import { resolveNestedKode } from "./nested";
import { koefisienTexts } from "./row-fields";
import type { Sheet } from "./sheet";
import type {
  AhspItem,
  DecimalStyle,
  FileError,
  AhspImportCounts,
  AhspImportReport,
  AhspImportResult,
  AhspImportWarning,
  Kategori,
  AhspWarningType,
} from "./types";
import { collectItemWarnings } from "./warnings";
import { readXlsxWorksheets, toSheet } from "./xlsx-sheet";

function isFileError(value: object): value is FileError {
  return "code" in value && "message" in value;
}

interface SheetWithHeader {
  sheet: Sheet;
  header: LocatedHeader;
}

function withHeader(sheet: Sheet): SheetWithHeader | FileError {
  const header = locateHeader(sheet.rows);
  return isFileError(header) ? header : { sheet, header };
}

/** The first worksheet whose header has every mandatory column; cover sheets are skipped. */
async function readXlsx(data: Uint8Array): Promise<SheetWithHeader | FileError> {
  const worksheets = await readXlsxWorksheets(data);
  if (isFileError(worksheets)) return worksheets;
  let firstError: FileError | null = null;
  for (const worksheet of worksheets) {
    const probe = locateHeader(worksheet.firstRows(HEADER_SEARCH_ROWS));
    if (isFileError(probe)) {
      firstError ??= probe;
      continue;
    }
    return withHeader(toSheet(worksheet));
  }
  return firstError ?? { code: "EMPTY_FILE", message: "Buku kerja tidak berisi lembar kerja." };
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
  const detected = detectImportFormat(data);
  if (!detected.ok) return { ok: false, error: detected.error };
  const source = detected.format === "csv" ? readCsv(detected.text) : await readXlsx(data);
  if (isFileError(source)) return { ok: false, error: source };
  return { ok: true, format: detected.format, ...parseSheet(source) };
}

function readCsv(text: string): SheetWithHeader | FileError {
  const sheet = readCsvSheet(text);
  return isFileError(sheet) ? sheet : withHeader(sheet);
}
