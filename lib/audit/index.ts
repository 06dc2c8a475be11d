/**
 * The project's audit trail: who changed which lines, prices or pricing, when, with before
 * and after. Entries are written inside the transaction of the change they describe, so a
 * rejected request leaves no entry and an accepted one always has one.
 */
import "server-only";
import { ApiError } from "@/lib/kernel/errors";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { jakartaDayStart } from "@/lib/format/date";
import type { ProjectActor, Tx } from "@/lib/projects/transaction";
import { auditAuthors } from "./repository";
import type { AuditQuery } from "./schemas";
import type { AuditPage, AuditPerson } from "./types";

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
  "version",
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

/**
 * Before and after of the fields a request sent (`keys`), and only those: an entry for a rename
 * does not list every column that stayed the same. A field absent from a side is recorded as null.
 */
export function sentFields(before: object, after: object, keys: readonly string[]): { before: object; after: object } {
  const pick = (side: object) => Object.fromEntries(keys.map((k) => [k, (side as Record<string, unknown>)[k] ?? null]));
  return { before: pick(before), after: pick(after) };
}

/** Newest first, narrowed by `query`; `cursor` is the id of the last entry of the previous page (keyset paging). */
export async function listAudit(projectId: string, query: AuditQuery): Promise<AuditPage> {
  const after = query.cursor ? await cursorEntry(projectId, query.cursor) : null;
  const rows = await db().auditEntry.findMany({
    // Each filter has an index to scan newest first: (projectId, createdAt | userId | entity, …); README "Riwayat perubahan".
    where: { projectId, AND: [filtersOf(query), after ? olderThan(after) : {}] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: { id: true, createdAt: true, userId: true, entity: true, entityId: true, action: true, before: true, after: true },
  });
  const page = rows.slice(0, query.limit);
  const [users, pekerjaan] = await Promise.all([
    userNames(page.flatMap((r) => (r.userId ? [r.userId] : []))),
    pekerjaanNames(projectId, page),
  ]);
  return {
    entries: page.map(({ userId, ...entry }) => ({
      ...entry,
      user: userId ? { id: userId, name: users.get(userId) ?? "" } : null,
    })),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
    pekerjaan,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

function filtersOf(query: AuditQuery): Prisma.AuditEntryWhereInput {
  return {
    ...(query.entity && { entity: query.entity }),
    ...(query.userId && { userId: query.userId }),
    ...((query.from || query.to) && {
      createdAt: {
        ...(query.from && { gte: jakartaDayStart(query.from) }),
        // `to` is included whole: up to the start of the next WIB day (WIB has no summer time).
        ...(query.to && { lt: new Date(jakartaDayStart(query.to).getTime() + DAY_MS) }),
      },
    }),
  };
}

/**
 * After the cursor in (createdAt desc, id desc) order. The `lte` bound is implied by the OR but
 * spelled out, so the index scan starts at the cursor instead of filtering everything newer.
 */
function olderThan(cursor: { id: string; createdAt: Date }): Prisma.AuditEntryWhereInput {
  return {
    createdAt: { lte: cursor.createdAt },
    OR: [{ createdAt: { lt: cursor.createdAt } }, { id: { lt: cursor.id } }],
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

/** Bounds the person filter's list (and its query) for a trail with an unusually large team. */
const AUDIT_PEOPLE_LIMIT = 200;

/** The person filter's choices: everyone with an entry in the trail (members who left too), by name. */
export async function auditPeople(projectId: string): Promise<AuditPerson[]> {
  const people = await auditAuthors(db(), projectId, AUDIT_PEOPLE_LIMIT);
  return people.sort((a, b) => a.name.localeCompare(b.name, "id") || a.id.localeCompare(b.id));
}

const PEKERJAAN_ENTITIES = new Set(["pekerjaan", "pekerjaan.lines", "pekerjaan.volume", "jadwal"]);

/**
 * Names for the pekerjaan that entries identify only by id: the entity of pekerjaan and jadwal
 * entries, the rows of a volume paste (`id`) and of a jadwal batch (`pekerjaanId`).
 */
async function pekerjaanNames(
  projectId: string,
  entries: readonly { entity: string; entityId: string | null; before: unknown; after: unknown }[],
) {
  const ids = new Set<string>();
  for (const entry of entries) {
    if (!PEKERJAAN_ENTITIES.has(entry.entity)) continue;
    if (entry.entityId) ids.add(entry.entityId);
    for (const row of [entry.before, entry.after].flatMap(listRows)) {
      const id = row.pekerjaanId ?? (entry.entity === "pekerjaan.volume" ? row.id : undefined);
      if (typeof id === "string") ids.add(id);
    }
  }
  if (ids.size === 0) return {};
  const rows = await db().pekerjaan.findMany({
    where: { projectId, id: { in: [...ids] } },
    select: { id: true, kode: true, uraian: true },
  });
  return Object.fromEntries(rows.map((p) => [p.id, p.kode ? `${p.kode} ${p.uraian}` : p.uraian]));
}

/** The rows of a recorded list: the value itself, or a list one level down (`{ entries: [...] }`). */
function listRows(value: unknown): Record<string, unknown>[] {
  const lists = Array.isArray(value) ? [value] : value && typeof value === "object" ? Object.values(value).filter(Array.isArray) : [];
  return lists.flat().filter((row): row is Record<string, unknown> => row !== null && typeof row === "object");
}
