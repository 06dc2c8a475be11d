import { z } from "zod";
import { hargaInput } from "@/lib/kernel/decimal";
import { editVersionField } from "@/lib/kernel/edit-version";
import { atLeastOneField, EMPTY_PATCH_MESSAGE, plainText, requiredText } from "@/lib/kernel/fields";
import { KATEGORI_LIST, type Kategori } from "@/lib/calc";

export const kategoriSchema = z.enum(KATEGORI_LIST as [Kategori, ...Kategori[]], {
  error: `Kategori harus salah satu dari ${KATEGORI_LIST.join(", ")}.`,
});
export const kodeSchema = requiredText(50);

export const listHargaQuery = z.strictObject({ kategori: kategoriSchema.optional() });

/** PATCH …/harga-items: prices by kode, all or nothing; each may carry the row's editVersion as read. */
export const updateHargaBody = z.strictObject({
  items: z
    .array(z.strictObject({ kode: kodeSchema, harga: hargaInput, editVersion: editVersionField }))
    .min(1)
    .max(5000),
});
export type UpdateHargaInput = z.infer<typeof updateHargaBody>;

/** PATCH …/harga-items/{hargaItemId}: one resource's name, unit or price, and the editVersion read. */
export const updateHargaItemBody = z
  .strictObject({
    uraian: requiredText(500).optional(),
    satuan: plainText(50).optional(),
    harga: hargaInput.optional(),
    editVersion: editVersionField,
  })
  .refine(atLeastOneField, EMPTY_PATCH_MESSAGE);
export type UpdateHargaItemInput = z.infer<typeof updateHargaItemBody>;

/** More choices than a price list has rows is never needed; this bounds the work of one request. */
const MAX_IMPORT_CHOICES = 20_000;

const choicesJson = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "choices harus berupa JSON." });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(z.strictObject({ row: z.int().min(1), hargaItemId: z.uuid().nullable() }))
      .max(MAX_IMPORT_CHOICES, `Maksimal ${MAX_IMPORT_CHOICES} pilihan.`),
  );

/**
 * POST …/harga-items/import, the fields next to the file: `preview` (default) writes
 * nothing; `apply` needs the preview's token and may carry choices, a JSON array of
 * `{ row, hargaItemId | null }`.
 */
export const priceImportFields = z
  .strictObject({
    mode: z.enum(["preview", "apply"], "mode harus preview atau apply.").default("preview"),
    token: z
      .string()
      .regex(/^\d+\.[0-9a-f]{64}$/, "Token pratinjau tidak valid.")
      .optional(),
    choices: choicesJson.default([]),
  })
  .refine((f) => f.mode === "preview" || f.token !== undefined, { path: ["token"], message: "Sertakan token dari pratinjau." });
