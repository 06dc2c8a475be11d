/** Small zod building blocks shared by the request schemas of several aggregates. */
import { z } from "zod";
import { REQUIRED_MESSAGE } from "./messages";

/** Trimmed, non-empty text of at most `max` characters. */
export function requiredText(max: number) {
  return z.string().trim().min(1, REQUIRED_MESSAGE).max(max, `Maksimal ${max} karakter.`);
}

/** Trimmed text that may be empty. */
export function plainText(max: number) {
  return z.string().trim().max(max, `Maksimal ${max} karakter.`);
}

// The jadwal engine (lib/calc/jadwal.ts) counts days from 1900; PostgreSQL's DATE has no
// year 0. Far outside these, a date is a typo, and would otherwise fail deep in a write.
const MIN_DATE = "1900-01-01";
const MAX_DATE = "2200-12-31";

/** A calendar date "YYYY-MM-DD" between 1900 and 2200. */
export function isoDateField() {
  return z.iso
    .date({ error: "Tanggal harus berformat YYYY-MM-DD.", abort: true })
    .refine((d) => d >= MIN_DATE && d <= MAX_DATE, `Tanggal harus antara ${MIN_DATE} dan ${MAX_DATE}.`);
}

/** A 0-based target index for reordering; past the end means "last". */
export const positionField = z.int().min(0).optional();

/** Rejects a PATCH body that changes nothing (the concurrency token alone changes nothing). */
export function atLeastOneField<T extends Record<string, unknown>>(body: T): boolean {
  return Object.entries(body).some(([key, value]) => key !== "editVersion" && value !== undefined);
}
export const EMPTY_PATCH_MESSAGE = "Tidak ada perubahan yang dikirim.";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` can be compared with a uuid column: PostgreSQL rejects the cast otherwise. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
