import { z } from "zod";
import { KATEGORI } from "@/lib/ahsp/types";
import { decodeCursor } from "./cursor";
import { MAX_KODE_LENGTH, MAX_RESOLVE_KODES } from "./limits";

/** Request shapes of the /api/v1/ahsp routes. Messages are Indonesian. */

export const SEARCH_LIMIT_DEFAULT = 20;
export const SEARCH_LIMIT_MAX = 100;
// Far above any real query; search-terms keeps only the first few tokens anyway.
const Q_MAX_LENGTH = 2_000;

export const searchQuerySchema = z.object({
  q: z.string().max(Q_MAX_LENGTH, `Kata kunci maksimal ${Q_MAX_LENGTH} karakter.`).default(""),
  edition: z.uuid("Edisi tidak valid.").optional(),
  kategori: z.enum(KATEGORI, "Kategori harus TK, BHN, ALT atau LAIN.").optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1, "limit minimal 1.")
    .max(SEARCH_LIMIT_MAX, `limit maksimal ${SEARCH_LIMIT_MAX}.`)
    .default(SEARCH_LIMIT_DEFAULT),
  cursor: z
    .string()
    .max(1_000, "Cursor tidak valid. Mulai lagi dari halaman pertama.")
    .transform((text, ctx) => {
      const cursor = decodeCursor(text);
      if (!cursor) ctx.addIssue({ code: "custom", message: "Cursor tidak valid. Mulai lagi dari halaman pertama." });
      return cursor ?? z.NEVER;
    })
    .optional(),
});

export const itemParamsSchema = z.object({ id: z.uuid() });

const flag = z.enum(["true", "false"], "Nilai harus true atau false.").transform((v) => v === "true");

export const editionNameSchema = z
  .string({ error: "Nama edisi wajib diisi." })
  .trim()
  .min(1, "Nama edisi wajib diisi.")
  .max(200, "Nama edisi maksimal 200 karakter.");

export const citationSchema = z.string().trim().max(500, "Sumber maksimal 500 karakter.");

export const importQuerySchema = z.object({
  edition: editionNameSchema,
  citation: citationSchema.optional(),
  dryRun: flag.default(false),
  skipRejected: flag.default(false),
  expectedHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, "Hash isi berkas tidak valid.")
    .optional(),
});

/** POST /api/v1/ahsp/resolve: kode AHSP as typed or pasted, to their items. */
export const resolveBodySchema = z.strictObject({
  kodes: z
    .array(z.string().trim().min(1, "Kode kosong.").max(MAX_KODE_LENGTH, `Kode maksimal ${MAX_KODE_LENGTH} karakter.`))
    .min(1, "Kirim minimal 1 kode.")
    .max(MAX_RESOLVE_KODES, `Maksimal ${MAX_RESOLVE_KODES} kode sekaligus.`),
  edition: z.uuid("Edisi tidak valid.").optional(),
});
export type ResolveBody = z.infer<typeof resolveBodySchema>;
