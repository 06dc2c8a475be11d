import { route } from "@/lib/api/route";
import { actorOf, projectParams } from "@/lib/projects/params";
import { copyBody } from "@/lib/snapshot/schemas";
import { copyProject } from "@/lib/snapshot/service";

// An archived project is still a good start for a new one. Copying needs the editor role (README
// "Tim dan peran"): a viewer reads, but takes no estimate away. Bulk rate limit (policy.ts).
export const POST = route({ project: { includeArchived: true }, params: projectParams, body: copyBody, status: 201 }, (ctx) =>
  copyProject(actorOf(ctx), ctx.body),
);
