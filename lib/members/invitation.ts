/**
 * The message to a person added to a project, and where it goes: sendMail (SMTP_URL), or
 * without SMTP the log. Either way the answer carries the link and whether it went out, so the
 * owner can pass it on by hand when it did not.
 */
import "server-only";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/mailer";
import { type MemberRole, ROLE_LABELS } from "@/lib/projects/roles";
import type { InvitationNotice } from "./types";

export interface InvitationMessage {
  to: string;
  subject: string;
  text: string;
  /** Where the invited person goes next: the project, or registration with this email. */
  link: string;
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
  const link = facts.registered ? `${origin}/projects/${facts.projectId}` : `${origin}/register`;
  const next = facts.registered
    ? `Buka proyek: ${link}`
    : `Daftar dengan email ${facts.email} di ${link}; proyek ini langsung muncul di daftar proyek Anda.`;
  return {
    to: facts.email,
    subject: `Undangan proyek ${facts.projectName}`,
    text: `${facts.inviterName} mengundang Anda ke proyek "${facts.projectName}" sebagai ${role}.\n\n${next}\n`,
    link,
  };
}

/** Sends the message after the change committed; a failed send never undoes the invitation. */
export async function notifyInvitation(message: InvitationMessage): Promise<InvitationNotice> {
  const { delivered } = await sendMail({ to: message.to, subject: message.subject, text: message.text });
  return { delivered, link: message.link };
}
