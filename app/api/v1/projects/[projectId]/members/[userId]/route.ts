import { route } from "@/lib/api/route";
import { memberParams, updateMemberBody } from "@/lib/members/schemas";
import { removeMember, updateMemberRole } from "@/lib/members/service";
import { actorOf } from "@/lib/projects/params";

/** `{ role }`: owner only; "owner" is not a role given here (POST …/transfer). */
export const PATCH = route({ project: { need: "own" }, params: memberParams, body: updateMemberBody }, (ctx) =>
  updateMemberRole(actorOf(ctx), ctx.params.userId, ctx.body.role),
);

/** The owner removes a member; any member may remove themselves (leave), so the service checks the role. */
export const DELETE = route({ project: { need: "view" }, params: memberParams }, (ctx) =>
  removeMember({ ...actorOf(ctx), role: ctx.project.role }, ctx.params.userId),
);
