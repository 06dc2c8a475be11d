import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import { SECURITY_EVENT_KINDS, SECURITY_EVENT_RESULTS } from "./kinds";

const instant = (label: string) =>
  z.iso
    .datetime({ offset: true, error: `${label} harus tanggal-waktu ISO 8601, mis. 2026-12-07T08:00:00+07:00.` })
    .or(z.iso.date({ error: `${label} harus tanggal ISO 8601.` }));

/** GET /api/v1/admin/security-events: filters, newest first, keyset paging by `cursor`. */
export const securityEventsQuery = z
  .strictObject({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.uuid("Cursor tidak valid.").optional(),
    kind: z.enum(SECURITY_EVENT_KINDS, "Jenis peristiwa tidak dikenal.").optional(),
    result: z.enum(SECURITY_EVENT_RESULTS, "Hasil harus success, failure atau denied.").optional(),
    userId: z.uuid("userId tidak valid.").optional(),
    email: emailSchema.optional(),
    from: instant("from").optional(),
    to: instant("to").optional(),
  })
  .refine((q) => !q.from || !q.to || new Date(q.from) <= new Date(q.to), { path: ["to"], message: "to harus setelah from." });
export type SecurityEventsQuery = z.infer<typeof securityEventsQuery>;
