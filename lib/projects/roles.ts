/**
 * Roles on a project and what each may do (README "Tim dan peran"). Browser-safe: the project
 * header shows the caller's role with these labels, and a later read-only UI hides edit
 * controls with `roleMeets`.
 */

/** Roles a member other than the owner can be given (Project.ownerId holds the owner). */
export const MEMBER_ROLES = ["editor", "viewer"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const PROJECT_ROLES = ["owner", ...MEMBER_ROLES] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

/** What a route needs: read the project, change the estimate, or manage the project itself. */
export type AccessNeed = "view" | "edit" | "own";

const RANK: Record<ProjectRole, number> = { viewer: 0, editor: 1, owner: 2 };
const NEED_RANK: Record<AccessNeed, number> = { view: 0, edit: 1, own: 2 };

export function roleMeets(role: ProjectRole, need: AccessNeed): boolean {
  return RANK[role] >= NEED_RANK[need];
}

/** The labels of GLOSSARY.md "Access and security". */
export const ROLE_LABELS: Record<ProjectRole, string> = { owner: "Pemilik", editor: "Editor", viewer: "Peninjau" };

/** The 403 message: it names the role the refused action needs. */
export const NEED_MESSAGES: Record<Exclude<AccessNeed, "view">, string> = {
  edit: "Tindakan ini memerlukan peran editor atau pemilik.",
  own: "Tindakan ini hanya untuk pemilik proyek.",
};
