import { route } from "@/lib/api/route";
import { transferBody } from "@/lib/members/schemas";
import { transferOwnership } from "@/lib/members/service";
import { actorOf, projectParams } from "@/lib/projects/params";

/** `{ userId }` of a member: they become the owner, the old owner an editor. Owner only. */
export const POST = route({ project: { need: "own" }, params: projectParams, body: transferBody }, (ctx) =>
  transferOwnership(actorOf(ctx), ctx.body.userId),
);
