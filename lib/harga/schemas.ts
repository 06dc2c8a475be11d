import { z } from "zod";
import { hargaInput } from "@/lib/api/decimal";
import { atLeastOneField, EMPTY_PATCH_MESSAGE, plainText, requiredText } from "@/lib/api/fields";
import { KATEGORI_LIST, type Kategori } from "@/lib/calc";

export const kategoriSchema = z.enum(KATEGORI_LIST as [Kategori, ...Kategori[]], {
  error: `Kategori harus salah satu dari ${KATEGORI_LIST.join(", ")}.`,
});
export const kodeSchema = requiredText(50);

export const listHargaQuery = z.strictObject({ kategori: kategoriSchema.optional() });

/** PATCH …/harga-items: prices by kode, all or nothing. */
export const updateHargaBody = z.strictObject({
  items: z
    .array(z.strictObject({ kode: kodeSchema, harga: hargaInput }))
    .min(1)
    .max(5000),
});
export type UpdateHargaInput = z.infer<typeof updateHargaBody>;

/** PATCH …/harga-items/{hargaItemId}: one resource's name, unit or price. */
export const updateHargaItemBody = z
  .strictObject({ uraian: requiredText(500).optional(), satuan: plainText(50).optional(), harga: hargaInput.optional() })
  .refine(atLeastOneField, EMPTY_PATCH_MESSAGE);
export type UpdateHargaItemInput = z.infer<typeof updateHargaItemBody>;
