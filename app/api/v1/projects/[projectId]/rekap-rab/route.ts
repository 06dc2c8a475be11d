import { ApiResult, route } from "@/lib/api/route";
import { projectParams } from "@/lib/projects/params";
import { getRekapRab } from "@/lib/rekap/rekap-rab";

export const GET = route({ project: {}, params: projectParams }, async ({ project }) => {
  const { rekap, unpricedKode, periksa } = await getRekapRab(project.id, project.contentRevision);
  return new ApiResult(rekap, { meta: { unpricedKode, periksa, unitPriceRounding: rekap.totals.unitPriceRounding } });
});
