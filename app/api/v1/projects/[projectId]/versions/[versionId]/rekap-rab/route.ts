import { ApiResult, route } from "@/lib/api/route";
import { rekapRabMeta } from "@/lib/rekap/rekap-rab";
import { versionParams } from "@/lib/versions/schemas";
import { getVersionRekapRab } from "@/lib/versions/service";

// As frozen when the version was taken, shaped like the live GET …/rekap-rab.
export const GET = route({ project: {}, params: versionParams }, async ({ project, params }) => {
  const result = await getVersionRekapRab(project.id, params.versionId);
  return new ApiResult(result.rekap, { meta: rekapRabMeta(result) });
});
