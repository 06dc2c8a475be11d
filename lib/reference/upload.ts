import { ApiError } from "@/lib/kernel/errors";
import { readBodyBytes } from "@/lib/api/request";
import { fileApiError } from "@/lib/api/upload";
import type { PublicUser } from "@/lib/auth/types";
import { ImportError } from "./errors";
import { importParsed, parseImportFile, previewImport } from "./import-file";
import { MAX_IMPORT_BYTES } from "./limits";
import type { UploadResult } from "./types";

/**
 * POST /api/v1/ahsp/import: the file is the raw request body (CSV or XLSX, told apart by
 * content, whatever Content-Type says). `dryRun` answers the validation report and writes
 * nothing; the confirming request sends the same file with the report's contentHash.
 */

export interface UploadQuery {
  edition: string;
  citation?: string | undefined;
  dryRun: boolean;
  skipRejected: boolean;
  expectedHash?: string | undefined;
}

export async function handleImportUpload(req: Request, query: UploadQuery, user: PublicUser): Promise<UploadResult> {
  if (!user.isAdmin) throw new ApiError("FORBIDDEN", "Hanya admin yang dapat mengimpor pustaka AHSP.");
  if (/^multipart\//i.test(req.headers.get("content-type") ?? "")) {
    throw new ApiError("UNSUPPORTED_MEDIA_TYPE", "Kirim isi berkas langsung sebagai body permintaan, bukan multipart/form-data.");
  }
  const bytes = await readBodyBytes(req, MAX_IMPORT_BYTES);
  try {
    const parsed = await parseImportFile(bytes);
    const preview = await previewImport(parsed, query.edition);
    if (query.dryRun) return { preview, outcome: null };
    const outcome = await importParsed(parsed, {
      edition: query.edition,
      ...(query.citation && { citation: query.citation }),
      ...(query.expectedHash && { expectedHash: query.expectedHash }),
      skipRejected: query.skipRejected,
      importedById: user.id,
    });
    return { preview, outcome };
  } catch (error) {
    throw error instanceof ImportError ? importApiError(error) : error;
  }
}

function importApiError(error: ImportError): ApiError {
  switch (error.code) {
    case "FILE_ERROR":
      return error.fileError ? fileApiError(error.fileError) : new ApiError("VALIDATION_ERROR", error.message);
    case "HASH_MISMATCH":
      return ApiError.conflict(error.message);
    default:
      return new ApiError("VALIDATION_ERROR", error.message, { reason: error.code });
  }
}
