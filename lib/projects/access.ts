import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/api/errors";

export interface ProjectRef {
  id: string;
  ownerId: string;
  archivedAt: Date | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one project access check. A project the caller does not own answers exactly like
 * one that does not exist (404), so ids of other users' projects reveal nothing.
 */
export async function requireProjectAccess(
  userId: string,
  projectId: string,
  options: { allowArchived?: boolean } = {},
): Promise<ProjectRef> {
  if (!UUID.test(projectId)) throw ApiError.notFound("Proyek tidak ditemukan.");
  const project = await db().project.findFirst({
    where: { id: projectId, ownerId: userId, ...(options.allowArchived ? {} : { archivedAt: null }) },
    select: { id: true, ownerId: true, archivedAt: true },
  });
  if (!project) throw ApiError.notFound("Proyek tidak ditemukan.");
  return project;
}
