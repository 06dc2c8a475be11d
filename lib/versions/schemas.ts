/** Request schemas of versions (POST …/versions, the version routes' params) and of comparisons (GET …/compare). */
import { z } from "zod";
import { plainText, requiredText } from "@/lib/kernel/fields";
import { nestedParams } from "@/lib/projects/params";
import { VERSION_KINDS } from "./types";

/** POST …/versions. An empty note is no note. */
export const createVersionBody = z.strictObject({
  name: requiredText(200),
  kind: z.enum(VERSION_KINDS, `Jenis versi harus salah satu dari: ${VERSION_KINDS.join(", ")}.`),
  note: plainText(2000)
    .nullish()
    .transform((note) => note || null),
});
export type CreateVersionInput = z.infer<typeof createVersionBody>;

export const versionParams = nestedParams("versionId");
export const versionPekerjaanParams = nestedParams("versionId", "pekerjaanId");

/** GET …/compare: queries naming the two sides of a comparison: a version id, or "live" for the current estimate. */
const SIDE_MESSAGE = 'Harus "live" atau id versi.';

export const compareSide = z.union([z.literal("live"), z.uuid()], { error: SIDE_MESSAGE });

export const compareQuery = z.strictObject({ from: compareSide, to: compareSide });

export type CompareQuery = z.infer<typeof compareQuery>;
