/** Small zod building blocks shared by the request schemas of several aggregates. */
import { z } from "zod";

/** Trimmed, non-empty text of at most `max` characters. */
export function requiredText(max: number) {
  return z.string().trim().min(1, "Wajib diisi.").max(max, `Maksimal ${max} karakter.`);
}

/** Trimmed text that may be empty. */
export function plainText(max: number) {
  return z.string().trim().max(max, `Maksimal ${max} karakter.`);
}

/** Optimistic-concurrency token: the version the client last read. */
export const versionField = z.int().min(0).optional();

/** A 0-based target index for reordering; past the end means "last". */
export const positionField = z.int().min(0).optional();

/** Rejects a PATCH body that changes nothing. */
export function atLeastOneField<T extends Record<string, unknown>>(body: T): boolean {
  return Object.entries(body).some(([key, value]) => key !== "version" && value !== undefined);
}
export const EMPTY_PATCH_MESSAGE = "Tidak ada perubahan yang dikirim.";
