import { route } from "@/lib/api/route";
import { actorOf, projectParams } from "@/lib/projects/params";
import { updateProjectBody } from "@/lib/projects/schemas";
import { archiveProject, getProject, updateProject } from "@/lib/projects/service";

// "any": an archived project stays readable (to show it, and to restore it).
export const GET = route({ project: "any", params: projectParams }, ({ project }) => getProject(project.id));

export const PATCH = route({ project: "active", params: projectParams, body: updateProjectBody }, (ctx) =>
  updateProject(actorOf(ctx), ctx.body),
);

/** Archives; POST …/restore brings it back. */
export const DELETE = route({ project: "active", params: projectParams }, (ctx) => archiveProject(actorOf(ctx)));
