import { route } from "@/lib/api/route";
import { actorOf, projectParams } from "@/lib/projects/params";
import { restoreProject } from "@/lib/projects/service";

/** Only the owner, who alone archives, brings an archived project back. */
export const POST = route({ project: { need: "own", includeArchived: true }, params: projectParams }, (ctx) =>
  restoreProject(actorOf(ctx)),
);
