import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";

const CHANGE_ROW = z.strictObject({
  at: z.date(),
  entity: z.string(),
  action: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
});

/**
 * The newest `limit` audit entries of a project with a changeVersion above `since`, newest
 * first, with their author's name: one statement on the (projectId, changeVersion) index.
 */
export function changesSince(projectId: string, since: number, limit: number) {
  return queryRows(
    db(),
    "audit.changesSince",
    CHANGE_ROW,
    Prisma.sql`
    SELECT a."createdAt" AS at, a.entity, a.action, u.id AS "userId", u.name AS "userName"
      FROM "AuditEntry" a
      LEFT JOIN "User" u ON u.id = a."userId"
     WHERE a."projectId" = ${projectId}::uuid AND a."changeVersion" > ${since}::bigint
     ORDER BY a."changeVersion" DESC
     LIMIT ${limit}`,
  );
}
