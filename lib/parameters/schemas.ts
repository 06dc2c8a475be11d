import { z } from "zod";
import { parameterValueInput } from "@/lib/kernel/decimal";
import { atLeastOneField, EMPTY_PATCH_MESSAGE } from "@/lib/kernel/fields";
import { isValidParameterName, normalizeParameterName } from "@/lib/calc";

/** Formula names are case-insensitive: stored lower case. */
const parameterName = z
  .string()
  .trim()
  .refine(isValidParameterName, "Nama parameter hanya huruf, angka dan _, diawali huruf atau _, maks. 64 karakter.")
  .transform(normalizeParameterName);

export const createParameterBody = z.strictObject({ name: parameterName, value: parameterValueInput });
export type CreateParameterInput = z.infer<typeof createParameterBody>;

export const updateParameterBody = z
  .strictObject({ name: parameterName.optional(), value: parameterValueInput.optional() })
  .refine(atLeastOneField, EMPTY_PATCH_MESSAGE);
export type UpdateParameterInput = z.infer<typeof updateParameterBody>;
