/**
 * Projects: create, read, update, archive/restore, pricing, and the owner's list with each
 * project's current total. Callers have checked access (lib/projects/access.ts) first.
 */
import "server-only";
import { ApiError } from "@/lib/kernel/errors";
import { money, toDbDecimal } from "@/lib/kernel/decimal";
import { db } from "@/lib/db/client";
import type { Prisma, Project } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { calendarOf } from "@/lib/jadwal/calendar";
import { remapJadwalForDates } from "@/lib/jadwal/remap";
import { inProjectTransaction, type ProjectActor, type Tx } from "./transaction";
import type { CreateProjectInput, ListProjectsQuery, PricingInput, UpdateProjectInput } from "./schemas";
import { currentProjectTotals } from "./totals";
import { fromIsoDate, toPricingView, toProjectView } from "./view";
import type { PricingView, ProjectListPage, ProjectView } from "./types";

/** `tx`: when the project is created as part of a larger write (e.g. from a template). */
export async function createProject(ownerId: string, input: CreateProjectInput, tx: Tx = db()): Promise<ProjectView> {
  const { name, location, client, fundingSource, durationDays, startDate } = input;
  const project = await tx.project.create({
    data: {
      ownerId,
      ...projectData(input),
      // The required columns again, spelled out for the type checker.
      name,
      location,
      client,
      fundingSource,
      durationDays,
      startDate: fromIsoDate(startDate),
    },
  });
  return toProjectView(project);
}

export async function getProject(projectId: string): Promise<ProjectView> {
  return toProjectView(await db().project.findUniqueOrThrow({ where: { id: projectId } }));
}

export async function updateProject(actor: ProjectActor, input: UpdateProjectInput): Promise<ProjectView> {
  const { version, confirmJadwalDrop = false, ...fields } = input;
  return inProjectTransaction(actor.projectId, async (tx) => {
    const before = await bumpVersion(tx, actor.projectId, version, projectData(fields));
    const after = await tx.project.findUniqueOrThrow({ where: { id: actor.projectId } });
    // Jadwal entries follow their dates when the start, duration or week-end day changes.
    await remapJadwalForDates(tx, actor.projectId, calendarOf(before), calendarOf(after), { confirmDrop: confirmJadwalDrop });
    await recordAudit(tx, actor, {
      entity: "project",
      entityId: actor.projectId,
      action: "update",
      ...changedFields(toProjectView(before), toProjectView(after), Object.keys(fields)),
    });
    return toProjectView(after);
  });
}

export async function updatePricing(actor: ProjectActor, input: PricingInput): Promise<PricingView> {
  const { version, ...fields } = input;
  return inProjectTransaction(actor.projectId, async (tx) => {
    const before = await bumpVersion(tx, actor.projectId, version, projectData(fields));
    const after = await tx.project.findUniqueOrThrow({ where: { id: actor.projectId } });
    const view = toPricingView(after);
    await recordAudit(tx, actor, {
      entity: "pricing",
      entityId: actor.projectId,
      action: "update",
      before: toPricingView(before),
      after: view,
    });
    return view;
  });
}

/** DELETE archives: the budget stays restorable, nothing is lost. */
export function archiveProject(actor: ProjectActor): Promise<ProjectView> {
  return setArchived(actor, new Date());
}

export function restoreProject(actor: ProjectActor): Promise<ProjectView> {
  return setArchived(actor, null);
}

async function setArchived(actor: ProjectActor, archivedAt: Date | null): Promise<ProjectView> {
  const restoring = archivedAt === null;
  return inProjectTransaction(
    actor.projectId,
    async (tx) => {
      const project = await tx.project.update({ where: { id: actor.projectId }, data: { archivedAt } });
      await recordAudit(tx, actor, { entity: "project", entityId: actor.projectId, action: restoring ? "restore" : "archive" });
      return toProjectView(project);
    },
    { allowArchived: restoring },
  );
}

/**
 * Applies `data` and bumps the version, refusing a stale one (409). Returns the row as it was
 * before, read under the project lock.
 */
async function bumpVersion(
  tx: Tx,
  projectId: string,
  version: number | undefined,
  data: Prisma.ProjectUpdateManyMutationInput,
): Promise<Project> {
  const before = await tx.project.findUniqueOrThrow({ where: { id: projectId } });
  if (version !== undefined && version !== before.version) {
    throw ApiError.conflict("Proyek telah diubah oleh pengguna lain. Muat ulang lalu coba lagi.", {
      currentVersion: before.version,
    });
  }
  await tx.project.update({ where: { id: projectId }, data: { ...data, version: { increment: 1 } } });
  return before;
}

type ProjectFields = Partial<Omit<CreateProjectInput, "startDate">> & { startDate?: string };

/** Request fields as column values: dates as DATE, decimals as exact strings. */
function projectData(input: ProjectFields) {
  const { startDate, ownerBudget, overheadProfitPercent, ppnPercent, ...rest } = input;
  return {
    ...rest,
    ...(startDate !== undefined ? { startDate: fromIsoDate(startDate) } : {}),
    ...(ownerBudget !== undefined ? { ownerBudget: ownerBudget === null ? null : toDbDecimal(ownerBudget) } : {}),
    ...(overheadProfitPercent !== undefined ? { overheadProfitPercent: toDbDecimal(overheadProfitPercent) } : {}),
    ...(ppnPercent !== undefined ? { ppnPercent: toDbDecimal(ppnPercent) } : {}),
  };
}

function changedFields(before: ProjectView, after: ProjectView, keys: string[]) {
  const pick = (view: ProjectView) => Object.fromEntries(keys.map((k) => [k, view[k as keyof ProjectView] ?? null]));
  return { before: pick(before), after: pick(after) };
}

/** The owner's projects (active, or archived ones), searched, sorted and paged, with totals. */
export async function listProjects(ownerId: string, query: ListProjectsQuery): Promise<ProjectListPage> {
  const where: Prisma.ProjectWhereInput = {
    ownerId,
    archivedAt: query.archived ? { not: null } : null,
    ...(query.q ? { OR: searchFields(query.q) } : {}),
  };
  const field = query.sort.replace(/^-/, "");
  const direction = query.sort.startsWith("-") ? "desc" : "asc";
  const skip = (query.page - 1) * query.pageSize;
  const rows = await db().project.findMany({
    where,
    orderBy: [{ [field]: direction }, { id: "asc" }],
    skip,
    take: query.pageSize,
  });
  // A page that is not full is the last one: it tells the count (most owners have one page).
  const lastPage = rows.length < query.pageSize && (rows.length > 0 || skip === 0);
  const [totalItems, totals] = await Promise.all([
    lastPage ? skip + rows.length : db().project.count({ where }),
    currentProjectTotals(rows),
  ]);
  return {
    items: rows.map((row) => {
      const t = totals.get(row.id);
      return { ...toProjectView(row), total: money(t?.total ?? 0), pembulatan: money(t?.pembulatan ?? 0) };
    }),
    meta: {
      page: query.page,
      pageSize: query.pageSize,
      totalItems,
      totalPages: Math.ceil(totalItems / query.pageSize),
      sort: query.sort,
    },
  };
}

function searchFields(q: string): Prisma.ProjectWhereInput[] {
  // Prisma passes `contains` into LIKE as is: "%" and "_" must match themselves, not patterns.
  const literal = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  return (["name", "location", "client"] as const).map((f) => ({ [f]: { contains: literal, mode: "insensitive" } }));
}
