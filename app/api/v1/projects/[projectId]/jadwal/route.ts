import { ApiResult, route } from "@/lib/api/route";
import { projectParams } from "@/lib/projects/params";
import { viewMeta } from "@/lib/jadwal/calendar";
import { getJadwal } from "@/lib/jadwal/jadwal-view";
import { jadwalQuery } from "@/lib/jadwal/schemas";

/** `?view=month` gives the derived, read-only month view (its definition is in `meta`). */
export const GET = route(
  { project: {}, params: projectParams, query: jadwalQuery },
  async ({ project, query }) => new ApiResult(await getJadwal(project.id, query.view), { meta: viewMeta(query.view) }),
);
