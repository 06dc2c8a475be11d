import { ApiResult, route } from "@/lib/api/route";
import { auditPeople, listAudit } from "@/lib/audit";
import { auditQuery } from "@/lib/audit/schemas";
import { projectParams } from "@/lib/projects/params";

/** The first page also names everyone in the trail, for the person filter; later pages do not repeat it. */
export const GET = route({ project: {}, params: projectParams, query: auditQuery }, async ({ project, query }) => {
  const [{ entries, nextCursor, pekerjaan }, people] = await Promise.all([
    listAudit(project.id, query),
    query.cursor ? undefined : auditPeople(project.id),
  ]);
  return new ApiResult(entries, { meta: { nextCursor, limit: query.limit, pekerjaan, ...(people && { people }) } });
});
