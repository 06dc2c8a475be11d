import { route, ApiResult } from "@/lib/api/route";
import { listProjectsQuery } from "@/lib/projects/schemas";
import { createProject, listProjects } from "@/lib/projects/service";
import { createProjectRequest } from "@/lib/templates/schemas";
import { createProjectFromTemplate } from "@/lib/templates/service";

export const GET = route({ query: listProjectsQuery }, async ({ auth, query }) => {
  const { items, meta } = await listProjects(auth.user.id, query);
  return new ApiResult(items, { meta });
});

/** With `templateId`, the new project starts with that template's tree and analyses. */
export const POST = route({ body: createProjectRequest, status: 201 }, ({ auth, body: { templateId, ...input } }) =>
  templateId ? createProjectFromTemplate(auth.user.id, templateId, input) : createProject(auth.user.id, input),
);
