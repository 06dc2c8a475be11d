import { ApiResult, route } from "@/lib/api/route";
import { viewMeta } from "@/lib/jadwal/calendar";
import { jadwalQuery } from "@/lib/jadwal/schemas";
import { getVersionKurvaS } from "@/lib/versions/jadwal";
import { versionParams } from "@/lib/versions/schemas";

// The Kurva S of the version's frozen jadwal and prices, shaped like the live GET …/kurva-s.
export const GET = route(
  { project: {}, params: versionParams, query: jadwalQuery },
  async ({ project, params, query }) =>
    new ApiResult(await getVersionKurvaS(project.id, params.versionId, query.view), { meta: viewMeta(query.view) }),
);
