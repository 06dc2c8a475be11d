/**
 * The team of a project: its owner (Project.ownerId) and its members (ProjectMember), pending
 * invitations of emails without an account, role changes, leaving, and the transfer of
 * ownership. Routes have checked access first (lib/projects/access.ts); every change runs
 * under the project lock with its audit entry.
 */
import "server-only";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/kernel/errors";
import { assertRole } from "@/lib/projects/access";
import type { MemberRole, ProjectRole } from "@/lib/projects/roles";
import { inProjectTransaction, type ProjectActor, type Tx } from "@/lib/projects/transaction";
import { invitationMessage, notifyInvitation } from "./invitation";
import type { AddMemberInput } from "./schemas";
import type { AddMemberResult, MemberAdded, MemberView, TeamView } from "./types";

const USER = { select: { id: true, email: true, name: true } } as const;
const MEMBER = { role: true, addedAt: true, user: USER } as const;

type MemberRow = { role: MemberRole; addedAt: Date; user: { id: string; email: string; name: string } };

function toMemberView({ role, addedAt, user }: { role: ProjectRole; addedAt: Date; user: MemberRow["user"] }): MemberView {
  return { userId: user.id, email: user.email, name: user.name, role, addedAt };
}

/** The owner first, then members in the order they were added; then pending invitations. */
export async function listTeam(projectId: string): Promise<TeamView> {
  const [project, members, invitations] = await Promise.all([
    db().project.findUniqueOrThrow({ where: { id: projectId }, select: { createdAt: true, owner: USER } }),
    db().projectMember.findMany({ where: { projectId }, orderBy: [{ addedAt: "asc" }, { userId: "asc" }], select: MEMBER }),
    db().projectInvitation.findMany({
      where: { projectId },
      orderBy: [{ invitedAt: "asc" }, { email: "asc" }],
      select: { email: true, role: true, invitedAt: true },
    }),
  ]);
  return {
    members: [toMemberView({ role: "owner", addedAt: project.createdAt, user: project.owner }), ...members.map(toMemberView)],
    invitations,
  };
}

/**
 * A registered email becomes a member at once; any other one a pending invitation (asking
 * again for a pending email renews it with the new role). The message goes out after commit.
 */
export async function addMember(actor: ProjectActor, input: AddMemberInput): Promise<AddMemberResult> {
  const { result, message } = await inProjectTransaction(actor, async (tx) => {
    const project = await projectFacts(tx, actor);
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    const result = user ? await addRegistered(tx, actor, user.id, input, project.ownerId) : await invite(tx, actor, input);
    const facts = { ...input, projectId: actor.projectId, projectName: project.name, inviterName: project.actorName };
    return { result, message: invitationMessage({ ...facts, registered: result.status === "member" }) };
  });
  return { ...result, notice: await notifyInvitation(message) };
}

async function projectFacts(tx: Tx, actor: ProjectActor) {
  const [project, me] = await Promise.all([
    tx.project.findUniqueOrThrow({ where: { id: actor.projectId }, select: { ownerId: true, name: true } }),
    tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } }),
  ]);
  return { ...project, actorName: me.name };
}

async function addRegistered(tx: Tx, actor: ProjectActor, userId: string, input: AddMemberInput, ownerId: string): Promise<MemberAdded> {
  if (userId === ownerId) {
    const message = userId === actor.userId ? "Anda pemilik proyek ini." : "Email ini milik pemilik proyek.";
    throw ApiError.validation([{ path: "email", message }]);
  }
  const existing = await tx.projectMember.findUnique({ where: { projectId_userId: { projectId: actor.projectId, userId } } });
  if (existing) throw ApiError.conflict("Pengguna ini sudah menjadi anggota proyek. Ubah perannya lewat PATCH …/members/{userId}.");
  const member = await tx.projectMember.create({
    data: { projectId: actor.projectId, userId, role: input.role, addedById: actor.userId },
    select: MEMBER,
  });
  await recordAudit(tx, actor, { entity: "member", entityId: userId, action: "create", after: { email: input.email, role: input.role } });
  return { status: "member", member: toMemberView(member) };
}

async function invite(tx: Tx, actor: ProjectActor, input: AddMemberInput): Promise<MemberAdded> {
  const key = { projectId_email: { projectId: actor.projectId, email: input.email } };
  const data = { role: input.role, invitedById: actor.userId, invitedAt: new Date() };
  const invitation = await tx.projectInvitation.upsert({
    where: key,
    create: { projectId: actor.projectId, email: input.email, ...data },
    update: data,
    select: { email: true, role: true, invitedAt: true },
  });
  await recordAudit(tx, actor, { entity: "invitation", action: "create", after: { email: input.email, role: input.role } });
  return { status: "invited", invitation };
}

export function updateMemberRole(actor: ProjectActor, userId: string, role: MemberRole): Promise<MemberView> {
  return inProjectTransaction(actor, async (tx) => {
    const before = await requireMember(tx, actor.projectId, userId);
    const member = await tx.projectMember.update({
      where: { projectId_userId: { projectId: actor.projectId, userId } },
      data: { role },
      select: MEMBER,
    });
    await recordAudit(tx, actor, { entity: "member", entityId: userId, action: "update", before: { role: before.role }, after: { role } });
    return toMemberView(member);
  });
}

/** The owner removes anyone; a member may remove themselves (leave). The owner cannot leave. */
export function removeMember(actor: ProjectActor & { role: ProjectRole }, userId: string): Promise<{ userId: string }> {
  if (userId !== actor.userId) assertRole(actor.role, "own");
  return inProjectTransaction(actor, async (tx) => {
    const before = await requireMember(tx, actor.projectId, userId);
    await tx.projectMember.delete({ where: { projectId_userId: { projectId: actor.projectId, userId } } });
    await recordAudit(tx, actor, {
      entity: "member",
      entityId: userId,
      action: "delete",
      before: { email: before.user.email, role: before.role },
    });
    return { userId };
  });
}

/** The new owner must be a member already; the old owner stays on as editor. */
export async function transferOwnership(actor: ProjectActor, userId: string): Promise<TeamView> {
  await inProjectTransaction(actor, async (tx) => {
    const { ownerId } = await tx.project.findUniqueOrThrow({ where: { id: actor.projectId }, select: { ownerId: true } });
    const target = await tx.projectMember.findUnique({ where: { projectId_userId: { projectId: actor.projectId, userId } } });
    if (!target) {
      const message = userId === ownerId ? "Pengguna ini sudah pemilik proyek." : "Pemilik baru harus sudah menjadi anggota proyek.";
      throw ApiError.validation([{ path: "userId", message }]);
    }
    await tx.projectMember.delete({ where: { projectId_userId: { projectId: actor.projectId, userId } } });
    await tx.project.update({ where: { id: actor.projectId }, data: { ownerId: userId } });
    await tx.projectMember.create({ data: { projectId: actor.projectId, userId: ownerId, role: "editor", addedById: actor.userId } });
    await recordAudit(tx, actor, {
      entity: "project",
      entityId: actor.projectId,
      action: "transfer",
      before: { ownerId },
      after: { ownerId: userId },
    });
  });
  return listTeam(actor.projectId);
}

/** The owner is no member row: asking for them says how ownership moves instead of "not found". */
async function requireMember(tx: Tx, projectId: string, userId: string): Promise<MemberRow> {
  const member = await tx.projectMember.findUnique({ where: { projectId_userId: { projectId, userId } }, select: MEMBER });
  if (member) return member;
  const owner = await tx.project.findFirst({ where: { id: projectId, ownerId: userId }, select: { id: true } });
  if (owner)
    throw ApiError.validation([{ path: "userId", message: "Pemilik tetap pemilik sampai kepemilikan dialihkan (POST …/transfer)." }]);
  throw ApiError.notFound("Anggota proyek tidak ditemukan.");
}
