import { route } from "@/lib/api/route";
import { versionPekerjaanParams } from "@/lib/versions/schemas";
import { getVersionRincianAhsp } from "@/lib/versions/service";

export const GET = route({ project: {}, params: versionPekerjaanParams }, ({ project, params }) =>
  getVersionRincianAhsp(project.id, params.versionId, params.pekerjaanId),
);
