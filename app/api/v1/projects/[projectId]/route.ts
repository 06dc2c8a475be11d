import { route } from "@/lib/api/route";
import { actorOf, projectParams } from "@/lib/projects/params";
import { updateProjectBody } from "@/lib/projects/schemas";
import { archiveProject, getProject, updateProject } from "@/lib/projects/service";

// An archived project stays readable (to show it, and to restore it).
export const GET = route({ project: { includeArchived: true }, params: projectParams }, ({ project }) => getProject(project.id));

export const PATCH = route({ project: {}, params: projectParams, body: updateProjectBody }, (ctx) => updateProject(actorOf(ctx), ctx.body));

/** Archives; POST …/restore brings it back. Only the owner archives (README "Tim dan peran"). */
export const DELETE = route({ project: { need: "own" }, params: projectParams }, (ctx) => archiveProject(actorOf(ctx)));
