/**
 * Copy, batch copy, backup and restore: each is a snapshot read, reshaped, or parsed, then
 * written as a new project of the caller in one transaction (a failure writes nothing).
 * Callers have checked access to the source project (lib/projects/access.ts).
 */
import "server-only";
import { ApiError } from "@/lib/kernel/errors";
import { mapKnownError } from "@/lib/db/error-mapping";
import { recordAudit, type AuditChange } from "@/lib/audit";
import { db } from "@/lib/db/client";
import type { ProjectActor } from "@/lib/projects/transaction";
import { toProjectView } from "@/lib/projects/view";
import type { ProjectSnapshot } from "./format";
import { readSnapshot } from "./read";
import type { BatchCopyInput, CopyInput } from "./schemas";
import { copyOf, importedName } from "./transform";
import { parseSnapshot } from "./validate";
import { writeNewProject } from "./write";
import type { BatchCopyResult } from "./types";
import type { ProjectView } from "@/lib/projects/types";
import { versionSnapshot } from "@/lib/versions/repository";

/** Writes `snapshot` as a new project of `userId`, with the audit entry saying where it came from. */
export function createFromSnapshot(
  userId: string,
  snapshot: ProjectSnapshot,
  audit: Pick<AuditChange, "action" | "after">,
): Promise<ProjectView> {
  return db().$transaction(
    async (tx) => {
      const { projectId } = await writeNewProject(tx, userId, snapshot);
      await recordAudit(tx, { projectId, userId }, { entity: "project", entityId: projectId, ...audit });
      return toProjectView(await tx.project.findUniqueOrThrow({ where: { id: projectId } }));
    },
    // A 2,000-pekerjaan project is ~20,000 rows written in ~3 s; one at the size ceiling
    // (lib/projects/limits.ts) ten times that.
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/** A copy of the live estimate, or of one of the project's versions (its pekerjaan get new ids like any copy's). */
export async function copyProject(actor: ProjectActor, input: CopyInput): Promise<ProjectView> {
  const { versionId } = input;
  const source = versionId ? await versionSnapshot(db(), actor.projectId, versionId) : await readSnapshot(actor.projectId);
  return createFromSnapshot(actor.userId, copyOf(source, input), {
    action: "copy",
    after: {
      sourceProjectId: actor.projectId,
      sourceName: source.project.name,
      includeJadwal: input.includeJadwal,
      ...(versionId ? { sourceVersionId: versionId } : {}),
    },
  });
}

/**
 * `count` copies named "<baseName> 1" … "<baseName> n", read once and written one transaction
 * each, so every copy is whole or absent and reported on its own.
 */
export async function batchCopy(actor: ProjectActor, input: BatchCopyInput): Promise<BatchCopyResult[]> {
  const { baseName, count, ...options } = input;
  const source = await readSnapshot(actor.projectId);
  const results: BatchCopyResult[] = [];
  for (let index = 1; index <= count; index++) {
    const name = `${baseName} ${index}`;
    try {
      const project = await createFromSnapshot(actor.userId, copyOf(source, { name, ...options }), {
        action: "copy",
        after: { sourceProjectId: actor.projectId, sourceName: source.project.name, includeJadwal: input.includeJadwal, batch: index },
      });
      results.push({ index, name, project, error: null });
    } catch (error) {
      const known = error instanceof ApiError ? error : mapKnownError(error);
      if (!known) throw error;
      results.push({ index, name, project: null, error: { code: known.code, message: known.message } });
    }
  }
  return results;
}

/**
 * Restores a backup as a new project of the caller. The document is validated whole first;
 * nothing in it can name an existing row (it holds no ids), so it can reach nothing but the
 * project it creates.
 */
export function importBackup(userId: string, document: unknown): Promise<ProjectView> {
  const parsed = parseSnapshot(document, "project", "Berkas cadangan");
  // The restored project sits next to the original in the list: its name says which one it is.
  const snapshot = { ...parsed, project: { ...parsed.project, name: importedName(parsed.project.name) } };
  return createFromSnapshot(userId, snapshot, {
    action: "import",
    after: { name: snapshot.project.name, backupCreatedAt: snapshot.createdAt ?? null },
  });
}
