/** The export route's query: document options, the version exported (none: the live estimate), and the two sides a perbandingan compares. */
import { z } from "zod";
import { compareSide } from "@/lib/versions/schemas";
import { KUTIPAN } from "./citations";

export const exportQuery = z.strictObject({
  kutipan: z.enum(KUTIPAN, "kutipan harus full, short atau none.").default("full"),
  version: z.uuid("version harus id versi.").optional(),
  from: compareSide.optional(),
  to: compareSide.optional(),
});

export type ExportOptions = z.infer<typeof exportQuery>;
