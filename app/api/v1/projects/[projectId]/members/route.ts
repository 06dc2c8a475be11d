import { route } from "@/lib/api/route";
import { addMemberBody } from "@/lib/members/schemas";
import { addMember, listTeam } from "@/lib/members/service";
import { actorOf, projectParams } from "@/lib/projects/params";

/** The owner, the members and the pending invitations: every member sees who else works on the project. */
export const GET = route({ project: { includeArchived: true }, params: projectParams }, ({ project }) => listTeam(project.id));

/** `{ email, role }`: owner only. A registered email is a member at once, another one is invited. */
export const POST = route({ project: { need: "own" }, params: projectParams, body: addMemberBody, status: 201 }, (ctx) =>
  addMember(actorOf(ctx), ctx.body),
);
