import { ApiResult, route } from "@/lib/api/route";
import { projectParams } from "@/lib/projects/params";
import { viewMeta } from "@/lib/schedule/calendar";
import { getSchedule } from "@/lib/schedule/schedule-view";
import { scheduleQuery } from "@/lib/schedule/schemas";

/** `?view=month` gives the derived, read-only month view (its definition is in `meta`). */
export const GET = route(
  { project: {}, params: projectParams, query: scheduleQuery },
  async ({ project, query }) => new ApiResult(await getSchedule(project.id, query.view), { meta: viewMeta(query.view) }),
);
