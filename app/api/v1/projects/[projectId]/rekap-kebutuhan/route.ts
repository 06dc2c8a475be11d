import { z } from "zod";
import { route } from "@/lib/api/route";
import { kategoriSchema } from "@/lib/harga-items/schemas";
import { projectParams } from "@/lib/projects/params";
import { getRekapKebutuhan } from "@/lib/rekap/kebutuhan";

// Empty values ("?kategori=&klasifikasiId=") mean "no filter".
const emptyAsUnset = (v: unknown) => (v === "" ? undefined : v);
const query = z.strictObject({
  kategori: z.preprocess(emptyAsUnset, kategoriSchema.optional()),
  klasifikasiId: z.preprocess(emptyAsUnset, z.uuid().optional()),
});

export const GET = route({ project: {}, params: projectParams, query }, ({ project, query }) =>
  getRekapKebutuhan(project.id, query, project.contentRevision),
);
