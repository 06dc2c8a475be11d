import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TemplateView } from "./types";

const TEMPLATE_ROW = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  shared: z.boolean(),
  ownerId: z.string(),
  ownerName: z.string(),
  klasifikasi: z.number(),
  pekerjaan: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

/** The templates `userId` may see matching `where`, with their size counted in the database. */
export async function visibleRows(userId: string, where: Prisma.Sql): Promise<TemplateView[]> {
  const rows = await queryRows(
    db(),
    "templates.visible",
    TEMPLATE_ROW,
    Prisma.sql`
    SELECT t.id, t.name, t.description, t.shared, t."ownerId", u.name AS "ownerName", t."createdAt", t."updatedAt",
           jsonb_array_length(t.content->'klasifikasi') AS klasifikasi,
           (SELECT count(*) FROM jsonb_array_elements(t.content->'klasifikasi') k,
                   jsonb_array_elements(k->'subKlasifikasi') s, jsonb_array_elements(s->'pekerjaan') p)::int AS pekerjaan
      FROM "Template" t JOIN "User" u ON u.id = t."ownerId"
     WHERE (t."ownerId" = ${userId}::uuid OR t.shared) AND ${where}
     ORDER BY t.name, t.id`,
  );
  return rows.map(({ ownerId, ownerName, ...row }) => ({ ...row, owner: { id: ownerId, name: ownerName }, own: ownerId === userId }));
}
