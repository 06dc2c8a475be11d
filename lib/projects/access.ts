import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { changeVersionColumn } from "@/lib/kernel/change-version";
import { ApiError } from "@/lib/kernel/errors";
import { isUuid } from "@/lib/kernel/fields";
import { type AccessNeed, NEED_MESSAGES, type ProjectRole, roleMeets } from "./roles";

export interface ProjectRef {
  id: string;
  ownerId: string;
  archivedAt: Date | null;
  /**
   * Project.contentRevision as this check read it: report routes hand it to the calc cache
   * (lib/rekap/cache.ts), which then needs no contentRevision read of its own.
   */
  contentRevision: number;
  /** Project.changeVersion as this check read it: the ETag of a read, the If-Match a write is compared with. */
  changeVersion: number;
  /** The caller's role on the project. */
  role: ProjectRole;
}

export interface AccessOptions {
  /** "view" (default), "edit" or "own" (lib/projects/roles.ts). */
  need?: AccessNeed;
  /** Also reach an archived project (reads, copies, restore). */
  includeArchived?: boolean;
}

const ACCESS_ROW = z.strictObject({
  id: z.string(),
  ownerId: z.string(),
  archivedAt: z.date().nullable(),
  contentRevision: z.number(),
  changeVersion: changeVersionColumn,
  role: z.enum(["owner", "editor", "viewer"]),
}) satisfies z.ZodType<ProjectRef>;

/**
 * The one project access check, one statement: the project with the caller's membership, if
 * any. A project the caller neither owns nor is a member of answers exactly like one that does
 * not exist (404), so ids of other users' projects reveal nothing. A member whose role is
 * below `need` gets 403 naming the role needed. Nothing is cached: a removed member is refused
 * on their next request.
 */
export async function requireProjectAccess(userId: string, projectId: string, options: AccessOptions = {}): Promise<ProjectRef> {
  if (!isUuid(projectId)) throw ApiError.notFound("Proyek tidak ditemukan.");
  const [project] = await queryRows(
    db(),
    "projects.access",
    ACCESS_ROW,
    Prisma.sql`
    SELECT p.id, p."ownerId", p."archivedAt", p."contentRevision", p."changeVersion",
           CASE WHEN p."ownerId" = ${userId}::uuid THEN 'owner' ELSE m.role::text END AS role
      FROM "Project" p
      LEFT JOIN "ProjectMember" m ON m."projectId" = p.id AND m."userId" = ${userId}::uuid
     WHERE p.id = ${projectId}::uuid
       AND (p."ownerId" = ${userId}::uuid OR m."userId" IS NOT NULL)
       ${options.includeArchived ? Prisma.empty : Prisma.sql`AND p."archivedAt" IS NULL`}`,
  );
  if (!project) throw ApiError.notFound("Proyek tidak ditemukan.");
  assertRole(project.role, options.need ?? "view");
  return project;
}

/** 403 unless `role` may do what `need` names; for checks that depend on the request (e.g. leaving a project). */
export function assertRole(role: ProjectRole, need: AccessNeed): void {
  if (need === "view" || roleMeets(role, need)) return;
  throw new ApiError("FORBIDDEN", NEED_MESSAGES[need], { role, need });
}
