import { route } from "@/lib/api/route";
import { createParameterBody } from "@/lib/parameters/schemas";
import { createParameter, listParameters } from "@/lib/parameters/service";
import { actorOf, projectParams } from "@/lib/projects/params";

export const GET = route({ project: {}, params: projectParams }, ({ project }) => listParameters(project.id));

export const POST = route({ project: {}, params: projectParams, body: createParameterBody, status: 201 }, (ctx) =>
  createParameter(actorOf(ctx), ctx.body),
);
