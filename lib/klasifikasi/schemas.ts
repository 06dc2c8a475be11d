import { z } from "zod";
import { atLeastOneField, EMPTY_PATCH_MESSAGE, positionField, requiredText } from "@/lib/kernel/fields";

/** Body of POST …/klasifikasi and POST …/sub-klasifikasi. */
export const createNodeBody = z.strictObject({ name: requiredText(300) });

/** Rename and/or move to a 0-based position among its siblings. */
export const updateNodeBody = z
  .strictObject({ name: requiredText(300).optional(), position: positionField })
  .refine(atLeastOneField, EMPTY_PATCH_MESSAGE);

export type CreateNodeInput = z.infer<typeof createNodeBody>;
export type UpdateNodeInput = z.infer<typeof updateNodeBody>;
