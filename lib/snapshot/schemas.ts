import { z } from "zod";
import { isoDateField, requiredText } from "@/lib/kernel/fields";
import { withRenamedFields } from "@/lib/kernel/renamed";

/** The largest batch: 50 copies of a 300-pekerjaan project stay well inside a request's time. */
export const MAX_BATCH_COPIES = 50;

const copyFields = {
  /** The copy's start date; the jadwal moves with it. The original's when absent. */
  startDate: isoDateField().optional(),
  includeJadwal: z.boolean().default(true),
};

/** `includeSchedule`: the name before the glossary, accepted for one release. */
const RENAMED = { includeSchedule: "includeJadwal" };

export const copyBody = withRenamedFields(
  RENAMED,
  z.strictObject({
    name: requiredText(200),
    ...copyFields,
    /** A version of the project to copy (README "Versi dan addendum") instead of its live estimate. */
    versionId: z.uuid("versionId tidak valid.").optional(),
  }),
);
export type CopyInput = z.infer<typeof copyBody>;

// Room for the " 50" suffix within a project name's 200 characters.
export const batchCopyBody = withRenamedFields(
  RENAMED,
  z.strictObject({
    baseName: requiredText(190),
    count: z.int().min(1).max(MAX_BATCH_COPIES, `Maksimal ${MAX_BATCH_COPIES} salinan.`),
    ...copyFields,
  }),
);
export type BatchCopyInput = z.infer<typeof batchCopyBody>;
