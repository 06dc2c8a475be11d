import { ahspContentHash, parseAhspImport, type AhspImportReport, type AhspItem, type ImportFormat } from "@/lib/ahsp";
import { writeEdition, type EditionWriteOutcome } from "./edition-write";
import { findEditionByName } from "./editions";
import { ImportError } from "./errors";
import { summarizeReport } from "./report-summary";
import type { ImportPreview } from "./types";

/**
 * The import service shared by the upload API, the CLI and the bench: parse a file,
 * show what it holds, then write it as one edition. Nothing is written by parse or preview.
 */

export interface ParsedImport {
  format: ImportFormat;
  items: AhspItem[];
  report: AhspImportReport;
  contentHash: string;
}

export interface ImportOptions {
  edition: string;
  /** Left undefined, an existing edition keeps its citation. */
  citation?: string;
  importedById?: string;
  /** Write even though some rows were rejected: their whole items are left out. */
  skipRejected?: boolean;
  /** The contentHash of the previewed file: confirming a different file is refused. */
  expectedHash?: string;
}

export async function parseImportFile(bytes: Uint8Array): Promise<ParsedImport> {
  const result = await parseAhspImport(bytes);
  if (!result.ok) throw new ImportError("FILE_ERROR", result.error.message, result.error);
  return { format: result.format, items: result.items, report: result.report, contentHash: ahspContentHash(result.items) };
}

export async function previewImport(parsed: ParsedImport, editionName: string): Promise<ImportPreview> {
  const existing = await findEditionByName(editionName);
  return {
    format: parsed.format,
    contentHash: parsed.contentHash,
    report: summarizeReport(parsed.report),
    edition: {
      name: editionName,
      exists: existing !== null,
      unchanged: existing?.contentHash === parsed.contentHash,
      itemCount: existing?.itemCount ?? 0,
      lineCount: existing?.lineCount ?? 0,
    },
  };
}

/** The rules a confirmed import must pass; a refusal writes nothing. */
export function assertWritable(parsed: ParsedImport, options: Pick<ImportOptions, "skipRejected" | "expectedHash">): void {
  if (options.expectedHash !== undefined && options.expectedHash !== parsed.contentHash) {
    throw new ImportError("HASH_MISMATCH", "Isi berkas berbeda dari berkas yang diperiksa. Periksa ulang berkas sebelum mengimpor.");
  }
  const rejected = parsed.report.counts.rejectedRows;
  if (rejected > 0 && !options.skipRejected) {
    throw new ImportError(
      "ROWS_REJECTED",
      `${rejected} baris ditolak (${parsed.report.counts.skippedItems} item terdampak). Perbaiki berkas, atau impor tanpa item tersebut.`,
    );
  }
  if (parsed.items.length === 0) throw new ImportError("INVALID_ITEMS", "Berkas tidak berisi item yang dapat diimpor.");
}

export async function importParsed(parsed: ParsedImport, options: ImportOptions): Promise<EditionWriteOutcome> {
  assertWritable(parsed, options);
  return writeEdition({
    name: options.edition,
    ...(options.citation !== undefined && { citation: options.citation }),
    ...(options.importedById !== undefined && { importedById: options.importedById }),
    items: parsed.items,
    contentHash: parsed.contentHash,
    report: summarizeReport(parsed.report),
  });
}
