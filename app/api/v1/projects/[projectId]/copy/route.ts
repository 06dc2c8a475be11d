import { route } from "@/lib/api/route";
import { actorOf, projectParams } from "@/lib/projects/params";
import { copyBody } from "@/lib/snapshot/schemas";
import { copyProject } from "@/lib/snapshot/service";

// "any": an archived project is still a good start for a new one. Bulk rate limit (policy.ts).
export const POST = route({ project: "any", params: projectParams, body: copyBody, status: 201 }, (ctx) =>
  copyProject(actorOf(ctx), ctx.body),
);
