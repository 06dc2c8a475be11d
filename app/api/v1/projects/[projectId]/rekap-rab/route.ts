import { ApiResult, route } from "@/lib/api/route";
import { projectParams } from "@/lib/projects/params";
import { getRekapRab, rekapRabMeta } from "@/lib/rekap/rekap-rab";

export const GET = route({ project: {}, params: projectParams }, async ({ project }) => {
  const result = await getRekapRab(project.id, project.contentRevision);
  return new ApiResult(result.rekap, { meta: rekapRabMeta(result) });
});
