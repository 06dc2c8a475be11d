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
