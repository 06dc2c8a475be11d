import { readCsvSheet } from "./csv-sheet";
import { detectImportFormat } from "./detect-format";
import type { HeaderSchema } from "./headers";
import { locateHeader, HEADER_SEARCH_ROWS, type LocatedHeader } from "./locate-header";
import type { Sheet } from "./sheet";
import type { FileError, ImportFormat } from "./types";
import { readXlsxWorksheets, toSheet } from "./xlsx-sheet";

/**
 * A CSV or XLSX upload read as one table with its header located: the part of the import
 * every tabular upload shares (the AHSP library, a project's price list). Format from the
 * content, title rows above the header tolerated, XLSX cover sheets skipped.
 */

export interface TableWithHeader<K extends string, R extends K> {
  format: ImportFormat;
  sheet: Sheet;
  header: LocatedHeader<K, R>;
}

export function isFileError(value: object): value is FileError {
  return "code" in value && "message" in value;
}

function withHeader<K extends string, R extends K>(sheet: Sheet, schema: HeaderSchema<K, R>) {
  const header = locateHeader(sheet.rows, schema);
  return isFileError(header) ? header : { sheet, header };
}

/** The first worksheet whose header has every mandatory column; cover sheets are skipped. */
async function readXlsx<K extends string, R extends K>(data: Uint8Array, schema: HeaderSchema<K, R>, maxRows: number) {
  const worksheets = await readXlsxWorksheets(data, maxRows);
  if (isFileError(worksheets)) return worksheets;
  let firstError: FileError | null = null;
  for (const worksheet of worksheets) {
    const probe = locateHeader(worksheet.rows.slice(0, HEADER_SEARCH_ROWS), schema);
    if (isFileError(probe)) {
      firstError ??= probe;
      continue;
    }
    return withHeader(toSheet(worksheet), schema);
  }
  return firstError ?? { code: "EMPTY_FILE", message: "Buku kerja tidak berisi lembar kerja." };
}

function readCsv<K extends string, R extends K>(text: string, schema: HeaderSchema<K, R>, maxRows: number) {
  const sheet = readCsvSheet(text, maxRows);
  return isFileError(sheet) ? sheet : withHeader(sheet, schema);
}

/**
 * Reads the bytes of an upload; the caller enforces the byte limit. At most `maxRows` rows
 * (header and blank lines included, all worksheets together), else TOO_LARGE.
 */
export async function readTable<K extends string, R extends K>(
  data: Uint8Array,
  schema: HeaderSchema<K, R>,
  maxRows: number,
): Promise<TableWithHeader<K, R> | FileError> {
  const detected = detectImportFormat(data);
  if (!detected.ok) return detected.error;
  const table = detected.format === "csv" ? readCsv(detected.text, schema, maxRows) : await readXlsx(data, schema, maxRows);
  return isFileError(table) ? table : { format: detected.format, ...table };
}
