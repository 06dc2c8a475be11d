import Decimal from "decimal.js";
import {
  canonicalDecimal,
  classifyDecimalText,
  cleanText,
  decimalFromExcelNumber,
  headerSchema,
  isBlankCell,
  isBlankRow,
  isCellProblem,
  isFileError,
  readTable,
  type FileError,
  type ImportFormat,
  type SheetCell,
  type SheetRow,
} from "@/lib/ahsp";
import { MAX_HARGA_FILE_ROWS } from "./import-limits";
import type { InvalidHargaRow } from "./types";

/**
 * A price list read from CSV or XLSX: `kode` and/or `uraian` (plus an optional
 * `spesifikasi`), `satuan`, `harga`. Pure: no database. Sheet reading, header location and
 * number styles are the AHSP library importer's (lib/ahsp), so both uploads accept the
 * same files. Row problems reject only their row, with its spreadsheet row number.
 */

type PriceColumn = "kode" | "uraian" | "spesifikasi" | "satuan" | "harga";

export const PRICE_LIST_HEADER = headerSchema<PriceColumn, "harga">({
  kode: { canonical: "kode", aliases: ["kode", "kode_item", "kode barang", "kode_harga"], required: false },
  uraian: {
    canonical: "uraian",
    aliases: ["uraian", "uraian_item", "nama", "nama_item", "nama barang", "komponen", "item", "bahan"],
    required: false,
  },
  spesifikasi: { canonical: "spesifikasi", aliases: ["spesifikasi", "spek", "spesifikasi_item"], required: false },
  satuan: { canonical: "satuan", aliases: ["satuan", "satuan_item", "unit"], required: false },
  harga: {
    canonical: "harga",
    aliases: ["harga", "harga_satuan", "harga satuan", "harga_dasar", "harga (rp)", "harga_rp"],
    required: true,
  },
});

/** Harga Items keep 2 decimals and 16 integer digits (DECIMAL(18, 2)). */
const HARGA_MAX_DP = 2;
const HARGA_LIMIT = new Decimal("1e16");

export interface HargaFileRow {
  /** Spreadsheet row number (header = 1 when it is the first row). */
  row: number;
  kode: string;
  uraian: string;
  spesifikasi: string;
  satuan: string;
  /** Canonical decimal string, at most 2 decimals, never negative. */
  harga: string;
  /** The file's exact price when it had more than 2 decimals (official lists print 16.066,875) and was rounded half-up. */
  roundedFrom?: string;
}

export interface HargaFile {
  format: ImportFormat;
  sheetName?: string;
  rows: HargaFileRow[];
  invalid: InvalidHargaRow[];
}

export type HargaFileResult = { ok: true; list: HargaFile } | { ok: false; error: FileError };

type Columns = Partial<Record<PriceColumn, number>> & Record<"harga", number>;

const cellAt = (row: SheetRow, index: number | undefined): SheetCell => (index === undefined ? "" : (row.cells[index] ?? ""));

function cellText(cell: SheetCell, column: string, reasons: string[]): string {
  if (!isCellProblem(cell)) return cleanText(String(cell));
  if (cell.problem === "date") reasons.push(`${column}: sel berisi tanggal (${cell.detail})`);
  else if (cell.problem === "error") reasons.push(`${column}: sel berisi galat ${cell.detail}`);
  else reasons.push(`${column}: rumus tanpa nilai tersimpan; buka lalu simpan ulang berkas di Excel`);
  return "";
}

/** "Rp 1.234.567,00", "Rp. 90 000": currency prefix and grouping spaces are not part of the number. */
function bareNumber(text: string): string {
  return text
    .trim()
    .replace(/^rp\.?/i, "")
    .replace(/[\s\u00a0\u202f]/g, "");
}

/** The price, or "" with a reason; more than 2 decimals are rounded half-up to the sen (a note, not a refusal). */
function checkHarga(value: Decimal, shown: string, reasons: string[]): Pick<HargaFileRow, "harga" | "roundedFrom"> {
  const rounded = value.toDecimalPlaces(HARGA_MAX_DP, Decimal.ROUND_HALF_UP);
  if (value.isNegative() && !value.isZero()) reasons.push(`harga negatif (${shown})`);
  else if (rounded.gte(HARGA_LIMIT)) reasons.push(`harga "${shown}" terlalu besar`);
  else if (rounded.eq(value)) return { harga: canonicalDecimal(value) };
  else return { harga: canonicalDecimal(rounded), roundedFrom: canonicalDecimal(value) };
  return { harga: "" };
}

/**
 * Both number styles, per value: `1.234.567,89` and `1,234,567.89`. A lone separator
 * followed by three digits (`90.000`, `17,415`) is a thousands separator whatever the rest
 * of the file does: a price never has three decimals, so the other reading is impossible.
 */
function readHarga(cell: SheetCell, reasons: string[]): Pick<HargaFileRow, "harga" | "roundedFrom"> {
  if (isCellProblem(cell)) return { harga: cellText(cell, "harga", reasons) };
  if (typeof cell === "number") {
    if (Number.isFinite(cell)) return checkHarga(decimalFromExcelNumber(cell), String(cell), reasons);
    reasons.push("harga bukan angka");
    return { harga: "" };
  }
  const text = bareNumber(cell);
  if (text === "") {
    reasons.push("harga kosong");
    return { harga: "" };
  }
  const number = classifyDecimalText(text);
  if (number.kind === "invalid") {
    reasons.push(`harga "${cell.trim()}" bukan angka`);
    return { harga: "" };
  }
  const normalized = number.kind === "ambiguous" ? number.asThousands : number.normalized;
  return checkHarga(new Decimal(normalized), cell.trim(), reasons);
}

function strayCells(row: SheetRow, width: number, strictWidth: boolean): string | null {
  if (!strictWidth || row.cells.length <= width || row.cells.slice(width).every(isBlankCell)) return null;
  return `jumlah kolom (${row.cells.length}) melebihi header (${width}); kemungkinan ada pemisah di dalam teks yang tidak diberi tanda kutip`;
}

interface RowContext {
  columns: Columns;
  width: number;
  strictWidth: boolean;
}

function readRow(row: SheetRow, ctx: RowContext): HargaFileRow | InvalidHargaRow {
  const reasons: string[] = [];
  const stray = strayCells(row, ctx.width, ctx.strictWidth);
  if (stray) reasons.push(stray);
  const text = (key: PriceColumn) => cellText(cellAt(row, ctx.columns[key]), key, reasons);
  const fields = { kode: text("kode"), uraian: text("uraian"), spesifikasi: text("spesifikasi"), satuan: text("satuan") };
  const harga = readHarga(cellAt(row, ctx.columns.harga), reasons);
  if (fields.kode === "" && fields.uraian === "" && fields.spesifikasi === "") reasons.push("kode dan uraian kosong");
  else if (fields.kode === "" && fields.satuan === "") reasons.push("satuan kosong: tanpa kode, baris dicocokkan dengan uraian dan satuan");
  if (reasons.length === 0) return { row: row.row, ...fields, ...harga };
  const hargaCell = cellAt(row, ctx.columns.harga);
  const shown = isCellProblem(hargaCell) ? hargaCell.detail : String(hargaCell).trim();
  return { row: row.row, reasons, kode: fields.kode, uraian: fields.uraian, satuan: fields.satuan, harga: shown };
}

function missingNameColumn(columns: Columns): FileError | null {
  if (columns.kode !== undefined) return null;
  if (columns.uraian === undefined && columns.spesifikasi === undefined) {
    return { code: "MISSING_COLUMNS", message: "Kolom wajib tidak ditemukan: kode atau uraian.", missingColumns: ["kode|uraian"] };
  }
  if (columns.satuan === undefined) {
    return {
      code: "MISSING_COLUMNS",
      message: "Kolom wajib tidak ditemukan: satuan (tanpa kolom kode, harga dicocokkan dengan uraian dan satuan).",
      missingColumns: ["satuan"],
    };
  }
  return null;
}

/** Reads a price list from CSV or XLSX bytes; the caller enforces the size limit. */
export async function parseHargaFile(data: Uint8Array): Promise<HargaFileResult> {
  const table = await readTable(data, PRICE_LIST_HEADER, MAX_HARGA_FILE_ROWS);
  if (isFileError(table)) return { ok: false, error: table };
  const { columns, index, width } = table.header;
  const missing = missingNameColumn(columns);
  if (missing) return { ok: false, error: missing };

  const dataRows = table.sheet.rows.slice(index + 1).filter((row) => !isBlankRow(row));
  if (dataRows.length === 0) return { ok: false, error: { code: "EMPTY_FILE", message: "Berkas tidak berisi baris harga." } };
  const ctx: RowContext = { columns, width, strictWidth: table.sheet.strictWidth };
  const list: HargaFile = { format: table.format, rows: [], invalid: [] };
  if (table.sheet.name !== undefined) list.sheetName = table.sheet.name;
  for (const row of dataRows) {
    const read = readRow(row, ctx);
    if ("reasons" in read) list.invalid.push(read);
    else list.rows.push(read);
  }
  return { ok: true, list };
}
