import { z } from "zod";
import { kategoriSchema } from "@/lib/harga-items/schemas";

// Empty values ("?kategori=&klasifikasiId=") mean "no filter".
const emptyAsUnset = (v: unknown) => (v === "" ? undefined : v);

/** GET …/rekap-kebutuhan, of the live project or a version. */
export const kebutuhanQuery = z.strictObject({
  kategori: z.preprocess(emptyAsUnset, kategoriSchema.optional()),
  klasifikasiId: z.preprocess(emptyAsUnset, z.uuid().optional()),
});
