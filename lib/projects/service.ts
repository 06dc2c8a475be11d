/**
 * Projects: create, read, update, archive/restore, pricing, and the owner's list with each
 * project's current total. Callers have checked access (lib/projects/access.ts) first.
 */
import "server-only";
import { assertEditVersion } from "@/lib/kernel/edit-version";
import { money, toDbDecimal } from "@/lib/kernel/decimal";
import { db } from "@/lib/db/client";
import type { Prisma, Project } from "@/lib/generated/prisma/client";
import { recordAudit, sentFields } from "@/lib/audit";
import { calendarOf } from "@/lib/jadwal/calendar";
import { remapJadwalForDates } from "@/lib/jadwal/remap";
import { inProjectTransaction, type ProjectActor, type Tx } from "./transaction";
import type { CreateProjectInput, ListProjectsQuery, PricingInput, UpdateProjectInput } from "./schemas";
import { currentProjectTotals } from "./totals";
import { projectStatus, todayWib } from "./status";
import { projectWhere } from "./where";
import { fromIsoDate, toPricingView, toProjectView } from "./view";
import type { PricingView, ProjectListItem, ProjectListPage, ProjectView } from "./types";
import type { ProjectRole } from "./roles";

/** `tx`: when the project is created as part of a larger write (e.g. from a template). */
export async function createProject(ownerId: string, input: CreateProjectInput, tx: Tx = db()): Promise<ProjectView> {
  return toProjectView(await tx.project.create({ data: newProjectData(ownerId, input) }));
}

/** The columns of a new project (also written many at once by the upload, lib/projects/upload.ts). */
export function newProjectData(ownerId: string, input: CreateProjectInput) {
  const { name, location, client, fundingSource, durationDays, startDate } = input;
  return {
    ownerId,
    ...projectData(input),
    // The required columns again, spelled out for the type checker.
    name,
    location,
    client,
    fundingSource,
    durationDays,
    startDate: fromIsoDate(startDate),
  };
}

export async function getProject(projectId: string): Promise<ProjectView> {
  return toProjectView(await db().project.findUniqueOrThrow({ where: { id: projectId } }));
}

export async function updateProject(actor: ProjectActor, input: UpdateProjectInput): Promise<ProjectView> {
  const { editVersion, confirmJadwalDrop = false, ...fields } = input;
  return inProjectTransaction(actor, async (tx) => {
    const before = await bumpEditVersion(tx, actor.projectId, editVersion, projectData(fields));
    const after = await tx.project.findUniqueOrThrow({ where: { id: actor.projectId } });
    // Jadwal entries follow their dates when the start, duration or week-end day changes.
    await remapJadwalForDates(tx, actor.projectId, calendarOf(before), calendarOf(after), { confirmDrop: confirmJadwalDrop });
    await recordAudit(tx, actor, {
      entity: "project",
      entityId: actor.projectId,
      action: "update",
      ...sentFields(toProjectView(before), toProjectView(after), Object.keys(fields)),
    });
    return toProjectView(after);
  });
}

export async function updatePricing(actor: ProjectActor, input: PricingInput): Promise<PricingView> {
  const { editVersion, ...fields } = input;
  return inProjectTransaction(actor, async (tx) => {
    const before = await bumpEditVersion(tx, actor.projectId, editVersion, projectData(fields));
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
    actor,
    async (tx) => {
      const project = await tx.project.update({ where: { id: actor.projectId }, data: { archivedAt } });
      await recordAudit(tx, actor, { entity: "project", entityId: actor.projectId, action: restoring ? "restore" : "archive" });
      return toProjectView(project);
    },
    { allowArchived: restoring },
  );
}

/**
 * Applies `data` and bumps the editVersion, refusing a stale one (409). Returns the row as it
 * was before, read under the project lock.
 */
async function bumpEditVersion(
  tx: Tx,
  projectId: string,
  editVersion: number | undefined,
  data: Prisma.ProjectUpdateManyMutationInput,
): Promise<Project> {
  const before = await tx.project.findUniqueOrThrow({ where: { id: projectId } });
  assertEditVersion(before.editVersion, editVersion, "Proyek telah diubah oleh pengguna lain. Muat ulang lalu coba lagi.");
  await tx.project.update({ where: { id: projectId }, data: { ...data, editVersion: { increment: 1 } } });
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

/**
 * The caller's projects, owned and shared (or those of one role), active or archived ones,
 * searched, sorted and paged, each with the caller's role and its total.
 */
export async function listProjects(userId: string, query: ListProjectsQuery, now = new Date()): Promise<ProjectListPage> {
  const today = todayWib(now);
  const where = projectWhere(userId, query, today);
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
  const [totalItems, items] = await Promise.all([
    lastPage ? skip + rows.length : db().project.count({ where }),
    listedItems(userId, rows, today),
  ]);
  return {
    items,
    meta: {
      page: query.page,
      pageSize: query.pageSize,
      totalItems,
      totalPages: Math.ceil(totalItems / query.pageSize),
      sort: query.sort,
    },
  };
}

/** Listed projects with the caller's role, their status and total. */
export async function listedItems(userId: string, rows: readonly Project[], today: string): Promise<ProjectListItem[]> {
  const [totals, roles] = await Promise.all([currentProjectTotals(rows), rolesOf(userId, rows)]);
  // A membership removed between the two reads leaves its project out.
  return rows.flatMap((row) => {
    const role = roles.get(row.id);
    const t = totals.get(row.id);
    if (!role) return [];
    const view = toProjectView(row);
    return [{ ...view, role, status: projectStatus(view, today), total: money(t?.total ?? 0), pembulatan: money(t?.pembulatan ?? 0) }];
  });
}

/** The caller's role on each listed project: a list of only owned projects costs no statement. */
async function rolesOf(userId: string, rows: readonly Project[]): Promise<Map<string, ProjectRole>> {
  const roles = new Map<string, ProjectRole>(rows.filter((r) => r.ownerId === userId).map((r) => [r.id, "owner"]));
  const shared = rows.filter((r) => r.ownerId !== userId).map((r) => r.id);
  if (shared.length === 0) return roles;
  const memberships = await db().projectMember.findMany({
    where: { userId, projectId: { in: shared } },
    select: { projectId: true, role: true },
  });
  for (const m of memberships) roles.set(m.projectId, m.role);
  return roles;
}
