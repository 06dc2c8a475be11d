import type { FileError } from "@/lib/ahsp";

export type ImportErrorCode =
  /** The file itself cannot be read (format, missing columns…); see `fileError`. */
  | "FILE_ERROR"
  /** Some rows were rejected and the caller did not agree to leave their items out. */
  | "ROWS_REJECTED"
  /** The confirmed file is not the one whose report was reviewed. */
  | "HASH_MISMATCH"
  /** Nothing left to import, or items built outside the parser break its rules. */
  | "INVALID_ITEMS";

/** Why an import was refused before anything was written. Messages are Indonesian. */
export class ImportError extends Error {
  override name = "ImportError";

  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly fileError?: FileError,
  ) {
    super(message);
  }
}
