/**
 * The project's audit trail: who changed which lines, prices or pricing, when, with before
 * and after. Entries are written inside the transaction of the change they describe, so a
 * rejected request leaves no entry and an accepted one always has one.
 */
import "server-only";
import { ApiError } from "@/lib/kernel/errors";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProjectActor, Tx } from "@/lib/projects/transaction";

export const AUDIT_ENTITIES = [
  "project",
  "pricing",
  "klasifikasi",
  "subKlasifikasi",
  "pekerjaan",
  "pekerjaan.lines",
  "pekerjaan.volume",
  "parameter",
  "hargaItems",
  "jadwal",
  "member",
  "invitation",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export interface AuditChange {
  entity: AuditEntity;
  entityId?: string;
  /**
   * copy / import / apply-template: the project's content came from another project, a backup file or a template.
   * accept: an invited email registered and became a member; transfer: the project has a new owner.
   */
  action:
    | "create"
    | "update"
    | "replace"
    | "convert"
    | "delete"
    | "archive"
    | "restore"
    | "copy"
    | "import"
    | "apply-template"
    | "accept"
    | "transfer";
  /** Plain JSON-able values (views with decimal strings), stored as jsonb. */
  before?: object;
  after?: object;
}

export async function recordAudit(tx: Tx, actor: ProjectActor, change: AuditChange): Promise<void> {
  const { before, after, ...rest } = change;
  await tx.auditEntry.create({
    data: {
      projectId: actor.projectId,
      userId: actor.userId,
      ...rest,
      before: before as Prisma.InputJsonValue | undefined,
      after: after as Prisma.InputJsonValue | undefined,
    },
  });
}

export interface AuditPage {
  entries: AuditEntryView[];
  nextCursor: string | null;
}

export interface AuditEntryView {
  id: string;
  createdAt: Date;
  user: { id: string; name: string } | null;
  entity: string;
  entityId: string | null;
  action: string;
  before: unknown;
  after: unknown;
}

/** Newest first; `cursor` is the id of the last entry of the previous page (keyset paging). */
export async function listAudit(projectId: string, options: { limit: number; cursor?: string; entity?: AuditEntity }): Promise<AuditPage> {
  const after = options.cursor ? await cursorEntry(projectId, options.cursor) : null;
  const rows = await db().auditEntry.findMany({
    where: {
      projectId,
      ...(options.entity ? { entity: options.entity } : {}),
      ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit + 1,
    select: { id: true, createdAt: true, userId: true, entity: true, entityId: true, action: true, before: true, after: true },
  });
  const page = rows.slice(0, options.limit);
  const users = await userNames(page.flatMap((r) => (r.userId ? [r.userId] : [])));
  return {
    entries: page.map(({ userId, ...entry }) => ({
      ...entry,
      user: userId ? { id: userId, name: users.get(userId) ?? "" } : null,
    })),
    nextCursor: rows.length > options.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

async function cursorEntry(projectId: string, cursor: string) {
  const entry = await db().auditEntry.findFirst({
    where: { id: cursor, projectId },
    select: { id: true, createdAt: true },
  });
  if (!entry) throw ApiError.validation([{ path: "cursor", message: "Cursor tidak dikenal." }]);
  return entry;
}

async function userNames(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const users = await db().user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
