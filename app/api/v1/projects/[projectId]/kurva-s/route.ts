import { ApiResult, route } from "@/lib/api/route";
import { projectParams } from "@/lib/projects/params";
import { viewMeta } from "@/lib/jadwal/calendar";
import { getKurvaS } from "@/lib/jadwal/kurva-s";
import { jadwalQuery } from "@/lib/jadwal/schemas";

export const GET = route(
  { project: {}, params: projectParams, query: jadwalQuery },
  async ({ project, query }) => new ApiResult(await getKurvaS(project.id, query.view), { meta: viewMeta(query.view) }),
);
