import { route } from "@/lib/api/route";
import { actorOf, projectParams } from "@/lib/projects/params";
import { applyTemplateBody } from "@/lib/templates/schemas";
import { applyTemplate } from "@/lib/templates/service";

/** Appends a template's tree and analyses after the project's last klasifikasi. */
export const POST = route({ project: {}, params: projectParams, body: applyTemplateBody }, (ctx) =>
  applyTemplate(actorOf(ctx), ctx.body.templateId),
);
