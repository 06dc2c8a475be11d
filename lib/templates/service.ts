/**
 * Templates: a project's tree and analyses saved under a name (lib/snapshot, kind "template"),
 * private or shared with every user. A user sees their own and the shared ones; another
 * user's private template answers like a missing one (404), and only the owner may change or
 * delete a template (403 for a shared one of someone else). A template starts a new project
 * or is appended to an existing one, in one transaction either way.
 */
import "server-only";
import { ApiError } from "@/lib/kernel/errors";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { createProject } from "@/lib/projects/service";
import type { CreateProjectInput } from "@/lib/projects/schemas";
import { inProjectTransaction, type ProjectActor, type Tx } from "@/lib/projects/transaction";
import type { ProjectView } from "@/lib/projects/types";
import type { TemplateSnapshot } from "@/lib/snapshot/format";
import { readSnapshot } from "@/lib/snapshot/read";
import { toTemplate } from "@/lib/snapshot/transform";
import { parseSnapshot } from "@/lib/snapshot/validate";
import { appendTree, type WriteResult } from "@/lib/snapshot/write";
import { visibleRows } from "./repository";
import type { SaveTemplateInput, UpdateTemplateInput } from "./schemas";
import type { AppliedTemplate, TemplateView } from "./types";

export function listTemplates(userId: string): Promise<TemplateView[]> {
  return visibleRows(userId, Prisma.sql`true`);
}

/** `path`: the body field that named the template, when it came in a body. */
function templateNotFound(path?: string): ApiError {
  const message = "Templat tidak ditemukan.";
  return new ApiError("NOT_FOUND", message, path ? { fields: [{ path, message }] } : undefined);
}

export async function getTemplate(userId: string, templateId: string, path?: string): Promise<TemplateView> {
  const [view] = await visibleRows(userId, Prisma.sql`t.id = ${templateId}::uuid`);
  if (!view) throw templateNotFound(path);
  return view;
}

async function requireOwn(userId: string, templateId: string): Promise<TemplateView> {
  const view = await getTemplate(userId, templateId);
  if (!view.own) throw new ApiError("FORBIDDEN", "Hanya pemilik templat yang dapat mengubah atau menghapusnya.");
  return view;
}

/** The content of a template the caller may use, checked like any untrusted document. */
async function templateContent(userId: string, templateId: string): Promise<{ view: TemplateView; snapshot: TemplateSnapshot }> {
  const view = await getTemplate(userId, templateId, "templateId");
  const { content } = await db().template.findUniqueOrThrow({ where: { id: templateId }, select: { content: true } });
  return { view, snapshot: parseSnapshot(content, "template", "Templat") };
}

export async function saveTemplate(actor: ProjectActor, input: SaveTemplateInput): Promise<TemplateView> {
  const content = toTemplate(await readSnapshot(actor.projectId));
  const { id } = await db().template.create({
    data: {
      ownerId: actor.userId,
      name: input.name,
      description: input.description ?? null,
      shared: input.shared ?? false,
      content: content as unknown as Prisma.InputJsonValue,
    },
  });
  return getTemplate(actor.userId, id);
}

export async function updateTemplate(userId: string, templateId: string, input: UpdateTemplateInput): Promise<TemplateView> {
  await requireOwn(userId, templateId);
  await db().template.update({ where: { id: templateId }, data: input });
  return getTemplate(userId, templateId);
}

export async function deleteTemplate(userId: string, templateId: string): Promise<{ id: string }> {
  await requireOwn(userId, templateId);
  await db().template.delete({ where: { id: templateId } });
  return { id: templateId };
}

/** Appends a template's tree after the project's last klasifikasi. */
export async function applyTemplate(actor: ProjectActor, templateId: string): Promise<AppliedTemplate> {
  const { view, snapshot } = await templateContent(actor.userId, templateId);
  return inProjectTransaction(actor, async (tx) => {
    const added = await appendWithAudit(tx, actor, view, snapshot);
    return { template: { id: view.id, name: view.name }, klasifikasi: added.klasifikasi, pekerjaan: added.pekerjaan };
  });
}

/** POST /projects with a templateId: the new project and the template's tree, all or nothing. */
export async function createProjectFromTemplate(ownerId: string, templateId: string, input: CreateProjectInput): Promise<ProjectView> {
  const { view, snapshot } = await templateContent(ownerId, templateId);
  return db().$transaction(
    async (tx) => {
      const project = await createProject(ownerId, input, tx);
      await appendWithAudit(tx, { projectId: project.id, userId: ownerId }, view, snapshot);
      return project;
    },
    { timeout: 20_000, maxWait: 10_000 },
  );
}

async function appendWithAudit(tx: Tx, actor: ProjectActor, view: TemplateView, snapshot: TemplateSnapshot): Promise<WriteResult> {
  const added = await appendTree(tx, actor.projectId, snapshot, "templateId");
  await recordAudit(tx, actor, {
    entity: "project",
    entityId: actor.projectId,
    action: "apply-template",
    after: { templateId: view.id, templateName: view.name, klasifikasi: added.klasifikasi, pekerjaan: added.pekerjaan },
  });
  return added;
}
