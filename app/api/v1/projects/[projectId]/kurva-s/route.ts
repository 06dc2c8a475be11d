import { ApiResult, route } from "@/lib/api/route";
import { projectParams } from "@/lib/projects/params";
import { viewMeta } from "@/lib/schedule/calendar";
import { getKurvaS } from "@/lib/schedule/kurva-s";
import { scheduleQuery } from "@/lib/schedule/schemas";

export const GET = route(
  { project: {}, params: projectParams, query: scheduleQuery },
  async ({ project, query }) => new ApiResult(await getKurvaS(project.id, query.view), { meta: viewMeta(query.view) }),
);
