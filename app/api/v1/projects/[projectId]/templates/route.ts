import { route } from "@/lib/api/route";
import { actorOf, projectParams } from "@/lib/projects/params";
import { saveTemplateBody } from "@/lib/templates/schemas";
import { saveTemplate } from "@/lib/templates/service";

/** Saves the project's tree and analyses as a template: a copy of the analyses, so editor role like copy. */
export const POST = route({ project: { includeArchived: true }, params: projectParams, body: saveTemplateBody, status: 201 }, (ctx) =>
  saveTemplate(actorOf(ctx), ctx.body),
);
