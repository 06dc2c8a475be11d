import { route, ApiResult } from "@/lib/api/route";
import { createProjectBody, listProjectsQuery } from "@/lib/projects/schemas";
import { createProject, listProjects } from "@/lib/projects/service";

export const GET = route({ query: listProjectsQuery }, async ({ auth, query }) => {
  const { items, meta } = await listProjects(auth.user.id, query);
  return new ApiResult(items, { meta });
});

export const POST = route({ body: createProjectBody, status: 201 }, ({ auth, body }) => createProject(auth.user.id, body));
