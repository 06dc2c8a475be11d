/**
 * The message to a person added to a project, and where it goes. The mail module (issue 16,
 * "Email") sends it; until it is wired here, `notifyInvitation` only logs it, which is also
 * what the app does without SMTP: the owner passes the link on by hand.
 */
import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import { type MemberRole, ROLE_LABELS } from "@/lib/projects/roles";

export interface InvitationMessage {
  to: string;
  subject: string;
  text: string;
}

export interface InvitationFacts {
  email: string;
  role: MemberRole;
  projectId: string;
  projectName: string;
  inviterName: string;
  /** A registered email is a member already; any other one must register with this email first. */
  registered: boolean;
}

export function invitationMessage(facts: InvitationFacts): InvitationMessage {
  const origin = env().NEXTAUTH_URL.replace(/\/$/, "");
  const role = ROLE_LABELS[facts.role];
  const next = facts.registered
    ? `Buka proyek: ${origin}/projects/${facts.projectId}`
    : `Daftar dengan email ${facts.email} di ${origin}/register; proyek ini langsung muncul di daftar proyek Anda.`;
  return {
    to: facts.email,
    subject: `Undangan proyek ${facts.projectName}`,
    text: `${facts.inviterName} mengundang Anda ke proyek "${facts.projectName}" sebagai ${role}.\n\n${next}\n`,
  };
}

/** Hands the message on after the change committed; a failure here never undoes the invitation. */
export async function notifyInvitation(message: InvitationMessage): Promise<void> {
  logger.info({ to: message.to, subject: message.subject, text: message.text }, "Undangan proyek (belum dikirim lewat email)");
}
