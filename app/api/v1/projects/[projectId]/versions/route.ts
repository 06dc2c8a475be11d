import { route } from "@/lib/api/route";
import { actorOf, projectParams } from "@/lib/projects/params";
import { createVersionBody } from "@/lib/versions/schemas";
import { createVersion, listVersions } from "@/lib/versions/service";

// Viewers read versions; freezing one is an editor's (README "Versi dan addendum").
export const GET = route({ project: {}, params: projectParams }, ({ project }) => listVersions(project.id));

export const POST = route({ project: { need: "edit" }, params: projectParams, body: createVersionBody, status: 201 }, (ctx) =>
  createVersion(actorOf(ctx), ctx.body),
);
