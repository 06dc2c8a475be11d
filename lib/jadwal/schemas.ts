import { z } from "zod";
import { hargaInput, percentInput } from "@/lib/kernel/decimal";
import { editVersionField } from "@/lib/kernel/edit-version";
import { atLeastOneField, EMPTY_PATCH_MESSAGE, isoDateField, plainText } from "@/lib/kernel/fields";
import { MAX_DURATION_DAYS } from "@/lib/calc";

/** A paste of 2,000 rows × 2 weeks still fits; bigger blocks are split by the client. */
export const MAX_BATCH_ENTRIES = 5000;

const percent = percentInput(100);
const week = z.int("Minggu harus bilangan bulat.").min(1, "Minggu dimulai dari 1.");

export const jadwalQuery = z.strictObject({ view: z.enum(["week", "month"]).default("week") });

/**
 * A field left out keeps its stored value; null clears it. editVersion: the entry's, as the
 * Jadwal grid read it, 0 when it saw no entry for the week (a stale one is a 409).
 */
const entryInput = z
  .strictObject({
    pekerjaanId: z.uuid(),
    week,
    planned: percent.nullable().optional(),
    actual: percent.nullable().optional(),
    actualCost: hargaInput.nullable().optional(),
    note: plainText(500).nullable().optional(),
    editVersion: editVersionField,
  })
  .refine((e) => [e.planned, e.actual, e.actualCost, e.note].some((v) => v !== undefined), {
    message: "Isi minimal salah satu dari planned, actual, actualCost atau note.",
  });

export const entriesBody = z.strictObject({
  entries: z
    .array(entryInput)
    .min(1, "Tidak ada entri yang dikirim.")
    .max(MAX_BATCH_ENTRIES, `Maksimal ${MAX_BATCH_ENTRIES} entri per permintaan.`),
});
export type EntriesInput = z.infer<typeof entriesBody>;

export const spreadBody = z
  .strictObject({ pekerjaanId: z.uuid(), fromWeek: week, toWeek: week })
  .refine((b) => b.fromWeek <= b.toWeek, { path: ["toWeek"], message: "Minggu akhir tidak boleh sebelum minggu awal." });
export type SpreadInput = z.infer<typeof spreadBody>;

export const clearBody = z.strictObject({
  /** Without it, the field is cleared for every pekerjaan. */
  pekerjaanId: z.uuid().optional(),
  field: z.enum(["planned", "actual"]),
});
export type ClearInput = z.infer<typeof clearBody>;

/** The calendar fields of a project PATCH, previewed before they are sent. */
export const remapPreviewBody = z
  .strictObject({
    startDate: isoDateField().optional(),
    durationDays: z.int().min(1).max(MAX_DURATION_DAYS).optional(),
    weekEndDay: z.int().min(0).max(6).optional(),
  })
  .refine(atLeastOneField, EMPTY_PATCH_MESSAGE);
export type RemapPreviewInput = z.infer<typeof remapPreviewBody>;
