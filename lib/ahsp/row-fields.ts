import { COLUMN_SPECS, type ColumnKey, type ColumnMap, type RequiredColumnKey } from "./headers";
import { koefisienFromNumber, koefisienFromText } from "./koefisien";
import { isBlankCell, isCellProblem, type SheetCell, type SheetRow } from "./sheet";
import type { DecimalStyle } from "./types";

/** One data row read and checked, before kategori mapping and grouping. */
export interface RowFields {
  kode: string;
  uraian: string;
  satuan: string;
  citation: string;
  klasifikasi: string;
  subKlasifikasi: string;
  kategoriWord: string;
  kodeItem: string;
  uraianItem: string;
  satuanItem: string;
  koefisien: string;
}

export type RowRead = { ok: true; fields: RowFields } | { ok: false; reasons: string[]; kode: string };

export type Columns = ColumnMap & Record<RequiredColumnKey, number>;

export interface RowContext {
  columns: Columns;
  headerWidth: number;
  strictWidth: boolean;
  decimalStyle: DecimalStyle;
}

// Printable ASCII words separated by single spaces: already clean, the common case.
const CLEAN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** Same text whatever the spacing: NBSP, tabs and line breaks inside a cell become one space. */
export function cleanText(text: string): string {
  if (text === "" || CLEAN_ASCII.test(text)) return text;
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

function cellAt(row: SheetRow, index: number | undefined): SheetCell {
  return index === undefined ? "" : (row.cells[index] ?? "");
}

function cellText(cell: SheetCell, key: ColumnKey, reasons: string[]): string {
  if (!isCellProblem(cell)) return cleanText(String(cell));
  const column = COLUMN_SPECS[key].canonical;
  if (cell.problem === "date") reasons.push(`${column}: sel berisi tanggal (${cell.detail}); ketik ulang sebagai teks`);
  else if (cell.problem === "error") reasons.push(`${column}: sel berisi galat ${cell.detail}`);
  else reasons.push(`${column}: rumus tanpa nilai tersimpan; buka lalu simpan ulang berkas di Excel`);
  return "";
}

function readKoefisien(cell: SheetCell, style: DecimalStyle, reasons: string[]): string {
  if (isCellProblem(cell)) return cellText(cell, "koefisien", reasons);
  const result = typeof cell === "number" ? koefisienFromNumber(cell) : koefisienFromText(cell, style);
  if (result.ok) return result.koefisien;
  reasons.push(result.reason);
  return "";
}

function strayCellsReason(row: SheetRow, ctx: RowContext): string | null {
  if (!ctx.strictWidth || row.cells.length <= ctx.headerWidth) return null;
  if (row.cells.slice(ctx.headerWidth).every(isBlankCell)) return null;
  return (
    `jumlah kolom (${row.cells.length}) melebihi header (${ctx.headerWidth}); ` +
    "kemungkinan ada pemisah di dalam teks yang tidak diberi tanda kutip"
  );
}

/** Reads one data row; every problem in the row is reported, not just the first. */
export function readRow(row: SheetRow, ctx: RowContext): RowRead {
  const reasons: string[] = [];
  const stray = strayCellsReason(row, ctx);
  if (stray) reasons.push(stray);
  const text = (key: ColumnKey) => cellText(cellAt(row, ctx.columns[key]), key, reasons);
  const fields: RowFields = {
    kode: text("kode"),
    uraian: text("uraian"),
    satuan: text("satuan"),
    citation: text("citation"),
    klasifikasi: text("klasifikasi"),
    subKlasifikasi: text("subKlasifikasi"),
    kategoriWord: text("kategori"),
    kodeItem: text("kodeItem"),
    uraianItem: text("uraianItem"),
    satuanItem: text("satuanItem"),
    koefisien: readKoefisien(cellAt(row, ctx.columns.koefisien), ctx.decimalStyle, reasons),
  };
  const required: [ColumnKey, string][] = [
    ["kode", fields.kode],
    ["uraian", fields.uraian],
    ["kategori", fields.kategoriWord],
    ["kodeItem", fields.kodeItem],
    ["uraianItem", fields.uraianItem],
  ];
  for (const [key, value] of required) {
    // A problem cell (date, error) was already reported with a better reason.
    if (value === "" && !isCellProblem(cellAt(row, ctx.columns[key]))) {
      reasons.push(`${COLUMN_SPECS[key].canonical} kosong`);
    }
  }
  return reasons.length > 0 ? { ok: false, reasons, kode: fields.kode } : { ok: true, fields };
}

/** The koefisien cells typed as text, for inferring the file's decimal style. */
export function* koefisienTexts(rows: readonly SheetRow[], columns: Columns): Generator<string> {
  for (const row of rows) {
    const cell = row.cells[columns.koefisien];
    if (typeof cell === "string" && cell.trim() !== "") yield cell;
  }
}
