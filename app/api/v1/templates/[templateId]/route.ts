import { route } from "@/lib/api/route";
import { templateParams, updateTemplateBody } from "@/lib/templates/schemas";
import { deleteTemplate, getTemplate, updateTemplate } from "@/lib/templates/service";

export const GET = route({ params: templateParams }, ({ auth, params }) => getTemplate(auth.user.id, params.templateId));

export const PATCH = route({ params: templateParams, body: updateTemplateBody }, ({ auth, params, body }) =>
  updateTemplate(auth.user.id, params.templateId, body),
);

export const DELETE = route({ params: templateParams }, ({ auth, params }) => deleteTemplate(auth.user.id, params.templateId));
