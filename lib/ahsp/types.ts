/**
 * Shapes produced by the AHSP import parser. Everything here is plain data (JSON-safe):
 * koefisien are canonical decimal strings, never JS numbers, so no float rounding can
 * creep in between the file and the database.
 */

import type { NumberStyle } from "@/lib/format/number-text";

export const KATEGORI = ["TK", "BHN", "ALT", "LAIN"] as const;
/** TK = tenaga kerja (labour), BHN = bahan (material), ALT = alat (equipment), LAIN = other. */
export type Kategori = (typeof KATEGORI)[number];

export interface AhspLine {
  /** 1-based order of the line inside its item, as in the file. */
  position: number;
  kategori: Kategori;
  kodeItem: string;
  uraianItem: string;
  /** May be empty: the national list itself leaves some resource units blank. */
  satuanItem: string;
  /** Canonical decimal string, e.g. "0.013", "17.415", "272"; at most 6 decimals, never negative. */
  koefisien: string;
  /** Kode of another item in the same file that this LAIN line bundles (see resolveNestedKode). */
  nestedKode?: string;
}

export interface AhspItem {
  kode: string;
  uraian: string;
  /** May be empty (reported as EMPTY_UNIT). */
  satuan: string;
  citation?: string;
  klasifikasi?: string;
  subKlasifikasi?: string;
  lines: AhspLine[];
}

export type ImportFormat = "csv" | "xlsx";

export type AhspWarningType =
  | "KOEFISIEN_ZERO"
  | "LABOUR_KOEFISIEN_HIGH"
  | "NO_TK_LINE"
  | "IDENTICAL_TO_NEIGHBOUR"
  | "REPEATED_RESOURCE"
  | "EMPTY_UNIT"
  | "KODE_NOT_CONTIGUOUS"
  | "ITEM_FIELDS_DIFFER"
  | "KATEGORI_UNRECOGNISED";

export interface AhspImportWarning {
  type: AhspWarningType;
  kode: string;
  /** Spreadsheet row number (1-based, header = row 1) when the warning is about one row. */
  row?: number;
  /** The other item involved (IDENTICAL_TO_NEIGHBOUR). */
  relatedKode?: string;
  /** Indonesian, shown to the user as is. */
  message: string;
}

export interface RejectedRow {
  /** Spreadsheet row number: 1-based, counting the header row and blank rows (CSV: record number). */
  row: number;
  /** Indonesian, shown to the user as is; several problems are joined with "; ". */
  reason: string;
  /** The row's kode_ahsp when it had one. */
  kode?: string;
}

export interface AhspImportCounts {
  /** Non-blank data rows below the header. */
  rows: number;
  items: number;
  lines: number;
  perKategori: Record<Kategori, number>;
  rejectedRows: number;
  /** Items left out because at least one of their rows was rejected. */
  skippedItems: number;
}

export interface AhspImportReport {
  counts: AhspImportCounts;
  rejected: RejectedRow[];
  /** Kode of every item left out because some of its rows were rejected, in file order. */
  skippedKodes: string[];
  warnings: AhspImportWarning[];
  warningsByType: Partial<Record<AhspWarningType, number>>;
  /** Which sheet was read (XLSX only). */
  sheetName?: string;
  /** Decimal style inferred for text koefisien: "dot" = 1,234.56, "comma" = 1.234,56. */
  decimalStyle: DecimalStyle;
}

/** One type for files and pasted blocks alike. */
export type DecimalStyle = NumberStyle;

export type FileErrorCode =
  | "UNSUPPORTED_FORMAT"
  | "EMPTY_FILE"
  | "INVALID_CSV"
  | "INVALID_XLSX"
  | "MISSING_COLUMNS"
  | "DUPLICATE_COLUMNS"
  /** Past a row or inflated-size bound (413). */
  | "TOO_LARGE";

export interface FileError {
  code: FileErrorCode;
  /** Indonesian, shown to the user as is. */
  message: string;
  /** Canonical names of the required columns not found (MISSING_COLUMNS). */
  missingColumns?: string[];
  /** Header texts that map to the same column (DUPLICATE_COLUMNS). */
  duplicateHeaders?: string[];
}

export interface AhspImportSuccess {
  ok: true;
  format: ImportFormat;
  items: AhspItem[];
  report: AhspImportReport;
}

export interface AhspImportFailure {
  ok: false;
  error: FileError;
}

export type AhspImportResult = AhspImportSuccess | AhspImportFailure;
