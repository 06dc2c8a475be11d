import "server-only";
import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/kernel/errors";
import { isUuid } from "@/lib/kernel/fields";

export interface ProjectRef {
  id: string;
  ownerId: string;
  archivedAt: Date | null;
  /**
   * Project.contentRevision as this check read it: report routes hand it to the calc cache
   * (lib/rekap/cache.ts), which then needs no contentRevision read of its own.
   */
  contentRevision: number;
}

/**
 * The one project access check. A project the caller does not own answers exactly like
 * one that does not exist (404), so ids of other users' projects reveal nothing.
 */
export async function requireProjectAccess(
  userId: string,
  projectId: string,
  options: { allowArchived?: boolean } = {},
): Promise<ProjectRef> {
  if (!isUuid(projectId)) throw ApiError.notFound("Proyek tidak ditemukan.");
  const project = await db().project.findFirst({
    where: { id: projectId, ownerId: userId, ...(options.allowArchived ? {} : { archivedAt: null }) },
    select: { id: true, ownerId: true, archivedAt: true, contentRevision: true },
  });
  if (!project) throw ApiError.notFound("Proyek tidak ditemukan.");
  return project;
}
