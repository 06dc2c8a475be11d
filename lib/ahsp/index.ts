/**
 * AHSP library import: pure parsing and checking, no database and no framework code.
 * Server-side only: the parser uses exceljs and the content hash node:crypto.
 */
export { MAX_AHSP_ROWS, parseAhspImport } from "./parse-import";
export { detectImportFormat, MAX_XLSX_INFLATED_BYTES, type DetectedFormat } from "./detect-format";
export { resolveNestedKode } from "./nested";
export { collectItemWarnings, LABOUR_KOEFISIEN_LIMIT, type LineRows } from "./warnings";
export { validateAhspItems, type ItemProblem } from "./validate-items";
export { ahspContentHash } from "./content-hash";
export { mapKategori, type KategoriMatch } from "./kategori";
export { koefisienFromText, koefisienFromNumber, KOEFISIEN_MAX_DP, type KoefisienResult } from "./koefisien";
export { inferDecimalStyle, parseDecimalText, classifyDecimalText, canonicalDecimal, decimalFromExcelNumber } from "./decimal-text";
export { COLUMN_SPECS, headerSchema, normalizeHeader, resolveHeader, type ColumnKey, type ColumnSpec, type HeaderSchema } from "./headers";
export { readTable, isFileError, type TableWithHeader } from "./read-table";
export { cleanText } from "./row-fields";
export { isBlankCell, isBlankRow, isCellProblem, type Sheet, type SheetCell, type SheetRow } from "./sheet";
export { REQUIRED_COLUMN_NAMES } from "./locate-header";
export * from "./types";
