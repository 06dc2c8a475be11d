import type { FileError } from "@/lib/ahsp/types";
import { ApiError } from "@/lib/kernel/errors";
import { readBodyBytes } from "./request";

/**
 * Uploads that carry fields next to the file (a mode, a preview token, choices) come as
 * multipart/form-data with the file in the part `file`. The whole body is buffered under
 * the limit first, so an oversized upload is a 413 before any parsing.
 */

export interface MultipartUpload {
  file: Uint8Array;
  /** The other parts, as text. */
  fields: Record<string, string>;
}

/** Room for the boundaries, part headers and small fields around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export async function readMultipartUpload(req: Request, maxFileBytes: number): Promise<MultipartUpload> {
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new ApiError("UNSUPPORTED_MEDIA_TYPE", "Kirim berkas sebagai multipart/form-data dengan bagian bernama file.");
  }
  const body = await readBodyBytes(req, maxFileBytes + MULTIPART_OVERHEAD_BYTES);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    throw ApiError.validation([{ path: "", message: "Isi multipart/form-data tidak dapat dibaca." }], "Isi unggahan tidak dapat dibaca.");
  }
  const fields: Record<string, string> = {};
  let file: Blob | null = null;
  for (const [name, value] of form) {
    if (name === "file" && typeof value !== "string") file = value;
    else if (typeof value === "string") fields[name] = value;
  }
  if (!file) throw ApiError.validation([{ path: "file", message: "Pilih berkas untuk diunggah." }], "Bagian file wajib diisi.");
  if (file.size > maxFileBytes) {
    throw new ApiError("PAYLOAD_TOO_LARGE", `Ukuran berkas melebihi batas ${maxFileBytes} byte.`, { limitBytes: maxFileBytes });
  }
  return { file: new Uint8Array(await file.arrayBuffer()), fields };
}

/** A file the parser could not read: unsupported content is a 415, anything else a 400 naming the problem. */
export function fileApiError(fileError: FileError): ApiError {
  if (fileError.code === "UNSUPPORTED_FORMAT") return new ApiError("UNSUPPORTED_MEDIA_TYPE", fileError.message);
  if (fileError.code === "TOO_LARGE") return new ApiError("PAYLOAD_TOO_LARGE", fileError.message, { fileError });
  return new ApiError("VALIDATION_ERROR", fileError.message, { fileError });
}
