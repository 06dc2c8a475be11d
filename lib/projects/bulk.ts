/**
 * POST /projects/bulk: archive or restore several projects in one transaction. Each project
 * is checked as the single action checks it (README "Tim dan peran": only the owner archives
 * and restores), under a lock on every row taken in id order (so two bulk requests never wait
 * on each other crosswise), and gets the single action's audit entry. One refused project
 * refuses the request: nothing changes, and the error lists every refused id by its field path.
 */
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError, type FieldError } from "@/lib/kernel/errors";
import { NEED_MESSAGES } from "./roles";
import type { BulkProjectsInput } from "./schemas";
import type { Tx } from "./transaction";
import type { ProjectView } from "./types";
import { toProjectView } from "./view";

const LOCKED_ROW = z.strictObject({ id: z.string(), owner: z.boolean(), archived: z.boolean() });
type Locked = z.output<typeof LOCKED_ROW>;

export async function bulkArchive(userId: string, { action, projectIds }: BulkProjectsInput): Promise<ProjectView[]> {
  const archiving = action === "archive";
  return db().$transaction(
    async (tx) => {
      const locked = new Map((await lockProjects(tx, userId, projectIds)).map((row) => [row.id, row]));
      assertAllowed(projectIds, locked, archiving);
      await tx.project.updateMany({ where: { id: { in: projectIds } }, data: { archivedAt: archiving ? new Date() : null } });
      for (const projectId of projectIds) {
        await recordAudit(tx, { projectId, userId }, { entity: "project", entityId: projectId, action });
      }
      const rows = await tx.project.findMany({ where: { id: { in: projectIds } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return projectIds.map((id) => toProjectView(byId.get(id)!));
    },
    { timeout: 20_000, maxWait: 10_000 },
  );
}

/** The caller's projects among `ids`, locked: another user's project is left out, as if missing. */
function lockProjects(tx: Tx, userId: string, ids: readonly string[]): Promise<Locked[]> {
  return queryRows(
    tx,
    "projects.bulkLock",
    LOCKED_ROW,
    Prisma.sql`
    SELECT p.id, p."ownerId" = ${userId}::uuid AS owner, p."archivedAt" IS NOT NULL AS archived
      FROM "Project" p
     WHERE p.id IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})
       AND (p."ownerId" = ${userId}::uuid
            OR EXISTS (SELECT 1 FROM "ProjectMember" m WHERE m."projectId" = p.id AND m."userId" = ${userId}::uuid))
     ORDER BY p.id
       FOR NO KEY UPDATE OF p`,
  );
}

/**
 * 404 when any id is no project of the caller (as for the single route), else 403 when the
 * caller owns not all of them, else 409 for a project already in the asked state.
 */
function assertAllowed(ids: readonly string[], locked: ReadonlyMap<string, Locked>, archiving: boolean): void {
  const refused = (test: (row: Locked | undefined) => boolean, message: string): FieldError[] =>
    ids.flatMap((id, i) => (test(locked.get(id)) ? [{ path: `projectIds.${i}`, message }] : []));
  const missing = refused((row) => !row, "Proyek tidak ditemukan.");
  if (missing.length > 0) throw new ApiError("NOT_FOUND", "Proyek tidak ditemukan.", { fields: missing });
  const notOwned = refused((row) => !row!.owner, NEED_MESSAGES.own);
  if (notOwned.length > 0) throw new ApiError("FORBIDDEN", NEED_MESSAGES.own, { fields: notOwned, need: "own" });
  const message = archiving ? "Proyek sudah diarsipkan." : "Proyek tidak sedang diarsipkan.";
  const unchanged = refused((row) => row!.archived === archiving, message);
  if (unchanged.length > 0) throw ApiError.conflict(message, { fields: unchanged });
}
