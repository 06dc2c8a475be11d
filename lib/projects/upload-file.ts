/**
 * A file of new projects, one row per project (CSV or XLSX, read by lib/ahsp readTable as every
 * upload is), checked row by row against the create schema of POST /projects. Pure: no
 * database. A row's problems name its spreadsheet row number and the template's column.
 */
import {
  canonicalDecimal,
  cleanText,
  decimalFromExcelNumber,
  headerSchema,
  isBlankRow,
  isCellProblem,
  isFileError,
  readTable,
  type FileError,
  type ImportFormat,
  type SheetCell,
  type SheetRow,
} from "@/lib/ahsp";
import { dayNumber, fromDayNumber } from "@/lib/calc/jadwal";
import { parseTyped } from "@/lib/format/number";
import { createProjectBody, type CreateProjectInput } from "./schemas";
import { MAX_PROJECT_UPLOAD_ROWS } from "./upload-limits";

/** The template's columns (its header row, in this order) and the project field each fills. */
export const UPLOAD_COLUMNS = [
  { key: "name", header: "nama_proyek", aliases: ["nama", "nama proyek", "name"], required: true, note: "Wajib, maks. 200 karakter." },
  { key: "location", header: "lokasi", aliases: ["location"], required: true, note: "Wajib, maks. 200 karakter." },
  { key: "client", header: "pemberi_tugas", aliases: ["pemberi tugas", "client", "instansi"], required: true, note: "Wajib." },
  { key: "fundingSource", header: "sumber_dana", aliases: ["sumber dana", "funding source"], required: true, note: "Wajib, mis. APBD." },
  {
    key: "fiscalYear",
    header: "tahun_anggaran",
    aliases: ["tahun anggaran", "ta", "tahun"],
    required: false,
    note: "Opsional, mis. 2026.",
  },
  {
    key: "startDate",
    header: "tanggal_mulai",
    aliases: ["tanggal mulai", "mulai", "start date"],
    required: true,
    note: "Wajib: sel tanggal Excel, YYYY-MM-DD atau DD/MM/YYYY.",
  },
  {
    key: "durationDays",
    header: "durasi_hari",
    aliases: ["durasi", "durasi (hari)", "duration"],
    required: true,
    note: "Wajib, hari kalender 1–10.000.",
  },
  {
    key: "ownerBudget",
    header: "pagu_anggaran",
    aliases: ["pagu", "pagu anggaran", "pagu (rp)"],
    required: false,
    note: "Opsional, rupiah: 1.250.000.000 atau 1250000000.",
  },
  { key: "description", header: "keterangan", aliases: ["deskripsi", "catatan"], required: false, note: "Opsional." },
] as const;

type Key = (typeof UPLOAD_COLUMNS)[number]["key"];
type RequiredKey = Extract<(typeof UPLOAD_COLUMNS)[number], { required: true }>["key"];

const HEADER = headerSchema<Key, RequiredKey>(
  Object.fromEntries(
    UPLOAD_COLUMNS.map((c) => [c.key, { canonical: c.header, aliases: [c.header, ...c.aliases], required: c.required }]),
  ) as Record<Key, { canonical: string; aliases: string[]; required: boolean }>,
);
const HEADER_OF = Object.fromEntries(UPLOAD_COLUMNS.map((c) => [c.key, c.header])) as Record<Key, string>;

export interface UploadRowError {
  /** The template's column name, or "" for the row as a whole. */
  column: string;
  message: string;
}

export type UploadRow =
  { row: number; valid: true; project: CreateProjectInput } | { row: number; valid: false; name: string; errors: UploadRowError[] };

export interface UploadFile {
  format: ImportFormat;
  rows: UploadRow[];
}

/** Title rows, the header and blank lines may come on top of the project rows. */
const SHEET_ROW_ALLOWANCE = 100;

export async function parseProjectUpload(data: Uint8Array): Promise<UploadFile | FileError> {
  const table = await readTable(data, HEADER, MAX_PROJECT_UPLOAD_ROWS + SHEET_ROW_ALLOWANCE);
  if (isFileError(table)) return table;
  const rows = table.sheet.rows.slice(table.header.index + 1).filter((row) => !isBlankRow(row));
  if (rows.length === 0) return { code: "EMPTY_FILE", message: "Berkas tidak berisi baris proyek." };
  if (rows.length > MAX_PROJECT_UPLOAD_ROWS) {
    return { code: "TOO_LARGE", message: `Maksimal ${MAX_PROJECT_UPLOAD_ROWS} baris proyek per berkas; berkas ini berisi ${rows.length}.` };
  }
  return { format: table.format, rows: rows.map((row) => readRow(row, table.header.columns)) };
}

function readRow(row: SheetRow, columns: Partial<Record<Key, number>>): UploadRow {
  const errors: UploadRowError[] = [];
  const cell = (key: Key): SheetCell => (columns[key] === undefined ? "" : (row.cells[columns[key]] ?? ""));
  const input: Record<string, unknown> = {};
  for (const { key } of UPLOAD_COLUMNS) {
    const value = readCell(key, cell(key));
    if ("error" in value) errors.push({ column: HEADER_OF[key], message: value.error });
    else if (value.value !== undefined) input[key] = value.value;
  }
  const parsed = createProjectBody.safeParse(input);
  if (parsed.success && errors.length === 0) return { row: row.row, valid: true, project: parsed.data };
  // A cell that could not be read is reported once, not again as "wajib diisi" by the schema.
  const unread = new Set(errors.map((e) => e.column));
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const column = HEADER_OF[String(issue.path[0]) as Key] ?? "";
    if (!unread.has(column)) errors.push({ column, message: issue.message });
  }
  return { row: row.row, valid: false, name: typeof input.name === "string" ? input.name : "", errors };
}

type Read = { value: unknown } | { error: string };

function readCell(key: Key, cell: SheetCell): Read {
  if (isCellProblem(cell) && cell.problem !== "date") {
    return {
      error: cell.problem === "error" ? `Sel berisi galat ${cell.detail}.` : "Rumus tanpa nilai tersimpan; simpan ulang berkas di Excel.",
    };
  }
  if (key === "startDate") return readDate(cell);
  if (isCellProblem(cell)) return { value: cell.detail };
  if (key === "fiscalYear" || key === "durationDays") return readNumber(cell, "count", Number);
  if (key === "ownerBudget") return readNumber(cell, "money", (text) => text);
  const text = cleanText(String(cell));
  // Optional text left empty is absent, not "": the schema then applies its own default.
  return { value: text === "" && key === "description" ? undefined : text };
}

/** Numbers: a spreadsheet number as it is, typed text through the one parser (parseTyped). */
function readNumber(cell: string | number, kind: "count" | "money", convert: (text: string) => unknown): Read {
  if (typeof cell === "number") return { value: convert(canonicalDecimal(decimalFromExcelNumber(cell))) };
  if (cell.trim() === "") return { value: undefined };
  const parsed = parseTyped(cell, kind);
  return parsed.ok ? { value: convert(parsed.value) } : { error: parsed.error };
}

/** Excel's day 0 is 1899-12-30, two days before 1900-01-01 (its 1900 leap-year bug included); dayNumber starts at 1900. */
const EXCEL_EPOCH_DAY = dayNumber("1900-01-01") - 2;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function readDate(cell: SheetCell): Read {
  if (isCellProblem(cell)) return { value: cell.detail };
  if (typeof cell === "number") {
    return Number.isInteger(cell) && cell > 0 && cell < 200_000
      ? { value: fromDayNumber(EXCEL_EPOCH_DAY + cell) }
      : { error: "Tanggal tidak valid." };
  }
  const text = cell.trim();
  if (text === "") return { value: undefined };
  const dmy = DMY.exec(text);
  return { value: dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}` : text };
}
