import { z } from "zod";
import { isoDateField, requiredText } from "@/lib/kernel/fields";

/** The largest batch: 50 copies of a 300-pekerjaan project stay well inside a request's time. */
export const MAX_BATCH_COPIES = 50;

const copyFields = {
  /** The copy's start date; the schedule moves with it. The original's when absent. */
  startDate: isoDateField().optional(),
  includeSchedule: z.boolean().default(true),
};

export const copyBody = z.strictObject({ name: requiredText(200), ...copyFields });
export type CopyInput = z.infer<typeof copyBody>;

// Room for the " 50" suffix within a project name's 200 characters.
export const batchCopyBody = z.strictObject({
  baseName: requiredText(190),
  count: z.int().min(1).max(MAX_BATCH_COPIES, `Maksimal ${MAX_BATCH_COPIES} salinan.`),
  ...copyFields,
});
export type BatchCopyInput = z.infer<typeof batchCopyBody>;
