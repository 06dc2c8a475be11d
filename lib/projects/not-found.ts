/**
 * The 404s for ids inside a project. Another project's row answers exactly like a missing
 * one, so ids reveal nothing. `path` names the body field when the id came in a body.
 */
import { ApiError } from "@/lib/kernel/errors";

const MESSAGES = {
  klasifikasi: "Klasifikasi tidak ditemukan.",
  subKlasifikasi: "Sub-klasifikasi tidak ditemukan.",
  pekerjaan: "Pekerjaan tidak ditemukan.",
  parameter: "Parameter tidak ditemukan.",
  hargaItem: "Item harga tidak ditemukan.",
  ahspItem: "Item AHSP tidak ditemukan.",
} as const;

export type ProjectChild = keyof typeof MESSAGES;

export function notFound(what: ProjectChild, path?: string): ApiError {
  const message = MESSAGES[what];
  return new ApiError("NOT_FOUND", message, path ? { fields: [{ path, message }] } : undefined);
}
