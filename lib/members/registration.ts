import "server-only";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/projects/transaction";

/**
 * Inside the transaction that registers `user`: every pending invitation of that email becomes
 * a membership, each with an audit entry on its project (by the new member, naming who invited).
 * An invitation never outlives the account it was waiting for.
 */
export async function acceptInvitations(tx: Tx, user: { id: string; email: string }): Promise<void> {
  const invitations = await tx.projectInvitation.findMany({ where: { email: user.email } });
  if (invitations.length === 0) return;
  await tx.projectMember.createMany({
    data: invitations.map((i) => ({ projectId: i.projectId, userId: user.id, role: i.role, addedById: i.invitedById })),
  });
  await tx.projectInvitation.deleteMany({ where: { email: user.email } });
  for (const i of invitations) {
    await recordAudit(
      tx,
      { projectId: i.projectId, userId: user.id },
      { entity: "member", entityId: user.id, action: "accept", after: { email: user.email, role: i.role, invitedById: i.invitedById } },
    );
  }
}
