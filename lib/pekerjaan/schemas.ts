import { z } from "zod";
import { koefisienInput, volumeInput } from "@/lib/kernel/decimal";
import { editVersionField, withEditVersion } from "@/lib/kernel/edit-version";
import { atLeastOneField, EMPTY_PATCH_MESSAGE, plainText, positionField, requiredText } from "@/lib/kernel/fields";
import { MAX_FORMULA_LENGTH } from "@/lib/calc";
import { kategoriSchema, kodeSchema } from "@/lib/harga-items/schemas";
import { overheadOverrideInput } from "@/lib/projects/schemas";
import { MAX_BATCH_ITEMS } from "./limits";
import { MAX_TAKEOFF_ROWS, MAX_TAKEOFF_URAIAN } from "./takeoff";

/** The library's largest analysis has 38 lines; this leaves room for hand-built ones. */
export const MAX_LINES = 300;

const uraian = requiredText(500);
const satuan = plainText(50);

export const createPekerjaanBody = z.discriminatedUnion("source", [
  z.strictObject({
    subKlasifikasiId: z.uuid(),
    source: z.literal("custom"),
    kode: plainText(50).optional(),
    uraian,
    satuan,
  }),
  z.strictObject({
    subKlasifikasiId: z.uuid(),
    /** ref: a read-only snapshot of the library item; ref_modified: an editable copy. */
    source: z.literal(["ref", "ref_modified"]),
    ahspId: z.uuid(),
  }),
]);
export type CreatePekerjaanInput = z.infer<typeof createPekerjaanBody>;

/** POST …/pekerjaan/batch: library items appended to one sub-klasifikasi, in the order given. */
export const batchPekerjaanBody = z.strictObject({
  subKlasifikasiId: z.uuid(),
  items: z
    .array(z.strictObject({ ahspId: z.uuid(), source: z.literal(["ref", "ref_modified"]) }))
    .min(1, "Pilih minimal 1 item.")
    .max(MAX_BATCH_ITEMS, `Maksimal ${MAX_BATCH_ITEMS} item sekaligus.`),
});
export type BatchPekerjaanInput = z.infer<typeof batchPekerjaanBody>;

/** Header edits, the per-pekerjaan BUK override (null clears it), and move/reorder. */
export const updatePekerjaanBody = z
  .strictObject({
    kode: plainText(50).nullable().optional(),
    uraian: uraian.optional(),
    satuan: satuan.optional(),
    overheadProfitPercent: overheadOverrideInput.nullable().optional(),
    subKlasifikasiId: z.uuid().optional(),
    position: positionField,
  })
  .refine(atLeastOneField, EMPTY_PATCH_MESSAGE);
export type UpdatePekerjaanInput = z.infer<typeof updatePekerjaanBody>;

export const lineInput = z.strictObject({
  kategori: kategoriSchema,
  kode: kodeSchema,
  uraian,
  satuan,
  koefisien: koefisienInput,
  bundlePekerjaanId: z.uuid().nullable().optional(),
});
export type LineInput = z.infer<typeof lineInput>;

export const replaceLinesBody = withEditVersion({
  lines: z.array(lineInput).max(MAX_LINES, `Maksimal ${MAX_LINES} baris.`),
});
export type ReplaceLinesInput = z.infer<typeof replaceLinesBody>;

/** A back-up volume row: the uraian may be left empty, the formula not (README "Back-up volume"). */
export const takeoffRowInput = z.strictObject({
  uraian: plainText(MAX_TAKEOFF_URAIAN),
  formula: requiredText(MAX_FORMULA_LENGTH),
});

/** editVersion: the pekerjaan's, as the Volume grid read it (a stale one is a 409). */
const volumeFields = {
  value: volumeInput.optional(),
  formula: requiredText(MAX_FORMULA_LENGTH).optional(),
  takeoff: z.array(takeoffRowInput).max(MAX_TAKEOFF_ROWS, `Maksimal ${MAX_TAKEOFF_ROWS} baris back-up volume.`).optional(),
  editVersion: editVersionField,
};
const oneVolumeKind = [
  (b: { value?: unknown; formula?: unknown; takeoff?: unknown }) =>
    [b.value, b.formula, b.takeoff].filter((field) => field !== undefined).length === 1,
  "Kirim salah satu: value, formula atau takeoff.",
] as const;

/** A fixed value, a formula over the project's parameters, or a take-off list whose sum is the volume. */
export const volumeBody = z.strictObject(volumeFields).refine(...oneVolumeKind);
export type VolumeInput = z.infer<typeof volumeBody>;

/** PUT …/volumes: several pekerjaan's volumes at once (a paste), all or nothing. */
export const volumesBody = z.strictObject({
  items: z
    .array(z.strictObject({ pekerjaanId: z.uuid(), ...volumeFields }).refine(...oneVolumeKind))
    .min(1)
    .max(5000),
});
export type VolumesInput = z.infer<typeof volumesBody>;
