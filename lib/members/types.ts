/** The view types of the team API (GET/POST …/members), apart from the services. */
import type { MemberRole, ProjectRole } from "@/lib/projects/roles";

/** Someone with access: the owner (first) or a member. */
export interface MemberView {
  userId: string;
  email: string;
  name: string;
  role: ProjectRole;
  /** When the member was added; for the owner, when the project was created. */
  addedAt: Date;
}

/** An email without an account yet; it becomes a member when that email registers. */
export interface InvitationView {
  email: string;
  role: MemberRole;
  invitedAt: Date;
}

export interface TeamView {
  members: MemberView[];
  invitations: InvitationView[];
}

/** POST …/members: a registered email is a member at once, any other one a pending invitation. */
/** Whether the invitation mail went out; without SMTP (or on a failed send) the owner passes `link` on by hand. */
export interface InvitationNotice {
  delivered: boolean;
  link: string;
}

export type MemberAdded = { status: "member"; member: MemberView } | { status: "invited"; invitation: InvitationView };

export type AddMemberResult = MemberAdded & { notice: InvitationNotice };
