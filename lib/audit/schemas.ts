import { z } from "zod";
import { AUDIT_ENTITIES } from "@/lib/audit";

const day = (name: string) => z.iso.date(`${name} harus tanggal TTTT-BB-HH, mis. 2026-12-07.`);

/**
 * GET …/audit: newest first, keyset paging by `cursor`, narrowed by kind (`entity`), person
 * (`userId`) and WIB calendar days (`from`, `to`, both included; README "Riwayat perubahan").
 */
export const auditQuery = z
  .strictObject({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.uuid("Cursor tidak valid.").optional(),
    // "schedule": the jadwal's name before the glossary, accepted for one release (README, "Deprecated names").
    entity: z
      .preprocess((value) => (value === "schedule" ? "jadwal" : value), z.enum(AUDIT_ENTITIES, "Jenis perubahan tidak dikenal."))
      .optional(),
    userId: z.uuid("userId tidak valid.").optional(),
    from: day("from").optional(),
    to: day("to").optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "Tanggal akhir tidak boleh sebelum tanggal awal." });
export type AuditQuery = z.infer<typeof auditQuery>;
