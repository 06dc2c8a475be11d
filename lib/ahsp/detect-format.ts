import { inflateZip, ZipError } from "@/lib/archive/zip";
import { formatInteger } from "@/lib/format/number";
import type { FileError } from "./types";

/**
 * Decides CSV vs XLSX from the bytes alone. File names and MIME types are set by the
 * uploader's machine and prove nothing.
 */

/**
 * An XLSX's parts may inflate to at most this many bytes, all together, as counted while
 * inflating. A 150,000-row sheet is ~40 MB of XML; reading is streamed, so the bound limits
 * the work of a zip bomb rather than memory.
 */
export const MAX_XLSX_INFLATED_BYTES = 64 * 1024 * 1024;

export type DetectedFormat =
  | { ok: true; format: "xlsx" }
  /** `text` is the decoded CSV, BOM removed. */
  | { ok: true; format: "csv"; text: string }
  | { ok: false; error: FileError };

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
const OLE2_XLS = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF16_LE_BOM = [0xff, 0xfe];
const UTF16_BE_BOM = [0xfe, 0xff];
// C0 controls other than tab, LF, CR (and DEL): never in a text CSV, always in binaries.
const BINARY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => data[i] === byte);
}

function unsupported(message: string): DetectedFormat {
  return { ok: false, error: { code: "UNSUPPORTED_FORMAT", message } };
}

/** Inflates the whole archive once, counting, keeping nothing: the parser reads it again only when it is within bounds. */
function detectZip(data: Uint8Array): DetectedFormat {
  let names: string[];
  try {
    ({ names } = inflateZip(data, { maxInflatedBytes: MAX_XLSX_INFLATED_BYTES, keep: () => false }));
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    if (error.reason === "corrupt") return unsupported("Format tidak didukung: arsip ZIP rusak atau tidak lengkap.");
    const limit = formatInteger(MAX_XLSX_INFLATED_BYTES / 1024 / 1024);
    return { ok: false, error: { code: "TOO_LARGE", message: `Isi berkas XLSX melebihi ${limit} MB setelah diekstrak.` } };
  }
  if (!names.some((name) => name.startsWith("xl/"))) {
    return unsupported("Format tidak didukung: berkas ZIP ini bukan buku kerja Excel (.xlsx).");
  }
  return { ok: true, format: "xlsx" };
}

function detectText(data: Uint8Array): DetectedFormat {
  if (startsWith(data, UTF16_LE_BOM) || startsWith(data, UTF16_BE_BOM)) {
    return unsupported("Format tidak didukung: CSV berkodekan UTF-16. Simpan ulang sebagai CSV UTF-8.");
  }
  let text: string;
  try {
    // ignoreBOM: false (the default) drops a leading UTF-8 BOM.
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return unsupported("Format tidak didukung: bukan teks UTF-8. Simpan ulang sebagai CSV UTF-8 atau XLSX.");
  }
  if (BINARY_CONTROL.test(text)) return unsupported("Format tidak didukung: berkas berisi data biner, bukan CSV.");
  if (text.trim() === "") return { ok: false, error: { code: "EMPTY_FILE", message: "Berkas kosong." } };
  return { ok: true, format: "csv", text };
}

export function detectImportFormat(data: Uint8Array): DetectedFormat {
  if (data.byteLength === 0) return { ok: false, error: { code: "EMPTY_FILE", message: "Berkas kosong." } };
  if (startsWith(data, ZIP_LOCAL_HEADER) || startsWith(data, ZIP_EMPTY_ARCHIVE)) return detectZip(data);
  if (startsWith(data, OLE2_XLS)) {
    return unsupported("Format tidak didukung: berkas Excel lama (.xls). Simpan ulang sebagai .xlsx atau CSV UTF-8.");
  }
  return detectText(data);
}
