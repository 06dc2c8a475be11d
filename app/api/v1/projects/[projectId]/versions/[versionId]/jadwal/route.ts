import { ApiResult, route } from "@/lib/api/route";
import { viewMeta } from "@/lib/jadwal/calendar";
import { jadwalQuery } from "@/lib/jadwal/schemas";
import { getVersionJadwal } from "@/lib/versions/jadwal";
import { versionParams } from "@/lib/versions/schemas";

// The jadwal the version froze, shaped like the live GET …/jadwal (read-only: every editVersion is 0).
export const GET = route(
  { project: {}, params: versionParams, query: jadwalQuery },
  async ({ project, params, query }) =>
    new ApiResult(await getVersionJadwal(project.id, params.versionId, query.view), { meta: viewMeta(query.view) }),
);
