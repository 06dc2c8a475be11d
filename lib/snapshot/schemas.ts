import { z } from "zod";
import { isoDateField, requiredText } from "@/lib/api/fields";
import { MAX_IMPORT_BYTES } from "@/lib/reference/limits";

/** The largest batch: 50 copies of a 300-pekerjaan project stay well inside a request's time. */
export const MAX_BATCH_COPIES = 50;

/**
 * Upload limit of a backup file. A 2,000-pekerjaan project with a full schedule is ~5 MB. It
 * must not exceed the middleware's body buffer (next.config.ts, sized for MAX_IMPORT_BYTES), or
 * a bigger file would arrive cut short instead of being refused with 413.
 */
export const MAX_BACKUP_BYTES = MAX_IMPORT_BYTES;

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
