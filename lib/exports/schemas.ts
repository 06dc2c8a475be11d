/** The export route's query: document options. */
import { z } from "zod";
import { KUTIPAN } from "./citations";

export const exportQuery = z.strictObject({
  kutipan: z.enum(KUTIPAN, "kutipan harus full, short atau none.").default("full"),
});

export type ExportOptions = z.infer<typeof exportQuery>;
