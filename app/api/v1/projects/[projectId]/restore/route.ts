import { route } from "@/lib/api/route";
import { actorOf, projectParams } from "@/lib/projects/params";
import { restoreProject } from "@/lib/projects/service";

export const POST = route({ project: "any", params: projectParams }, (ctx) => restoreProject(actorOf(ctx)));
