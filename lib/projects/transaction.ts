import "server-only";
import { z } from "zod";
import { changeVersionColumn, type VersionGuard } from "@/lib/kernel/change-version";
import { ApiError } from "@/lib/kernel/errors";
import { db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertWithinLimits } from "./limits";

export type Tx = Prisma.TransactionClient;

/** Who acts on which project: every write service takes one, for the audit trail. */
export interface ProjectActor {
  projectId: string;
  userId: string;
  /** The request's If-Match (lib/api/route.ts): checked under the project lock; told the version committed. */
  version?: VersionGuard;
}

/**
 * Runs `fn` in one transaction that first locks the project row. Writes to one project are
 * thereby serialized: two edits can not both pass a bundle-cycle check, create the same new
 * kode, or append at the same position. FOR NO KEY UPDATE still lets inserts of child rows
 * (their foreign-key checks) and readers through.
 *
 * The archived state is checked again under the lock: the access check ran before it, and
 * an archive that committed while this write waited for the lock must win (404, as for any
 * archived project). Only `allowArchived` writes (restore) go on. So is the request's If-Match
 * (`actor.version`): of parallel writes that saw the same version, the first to get the lock
 * writes and every other one answers 412. A write that adds rows says `grows`: the project's
 * size ceiling (./limits.ts) is checked after it, under the same lock.
 *
 * Every committed write moves Project.changeVersion at least once (the triggers usually have;
 * the closing statement makes sure, and reads the version the answer's ETag names).
 */
const LOCKED_ROW = z.strictObject({ archived: z.boolean(), changeVersion: changeVersionColumn });
const VERSION_ROW = z.strictObject({ changeVersion: changeVersionColumn });

export async function inProjectTransaction<T>(
  actor: ProjectActor,
  fn: (tx: Tx) => Promise<T>,
  { allowArchived = false, grows = false, timeout = 20_000 }: { allowArchived?: boolean; grows?: boolean; timeout?: number } = {},
): Promise<T> {
  const { projectId } = actor;
  let lockedAt = 0;
  const [result, committed] = await db().$transaction(
    async (tx) => {
      const [project] = await queryRows(
        tx,
        "projects.lock",
        LOCKED_ROW,
        Prisma.sql`
        SELECT "archivedAt" IS NOT NULL AS archived, "changeVersion"
          FROM "Project" WHERE id = ${projectId}::uuid FOR NO KEY UPDATE`,
      );
      if (!project || (project.archived && !allowArchived)) throw ApiError.notFound("Proyek tidak ditemukan.");
      actor.version?.check(project.changeVersion);
      lockedAt = project.changeVersion;
      const result = await fn(tx);
      if (grows) await assertWithinLimits(tx, projectId);
      const [after] = await queryRows(
        tx,
        "projects.changeVersion",
        VERSION_ROW,
        Prisma.sql`
        UPDATE "Project" SET "changeVersion" = GREATEST("changeVersion", ${project.changeVersion + 1}::bigint)
         WHERE id = ${projectId}::uuid RETURNING "changeVersion"`,
      );
      return [result, after!.changeVersion] as const;
    },
    // Large projects re-evaluate thousands of volumes or positions in one go; rewriting a whole
    // estimate (a version's restore) takes as long as a copy.
    { timeout, maxWait: 10_000 },
  );
  actor.version?.committed(committed, lockedAt);
  return result;
}

/** A lookup of an id inside the project; a row of another project answers like a missing one. */
export async function requireFound<T>(row: Promise<T | null>, notFound: () => Error): Promise<T> {
  const found = await row;
  if (found === null) throw notFound();
  return found;
}
