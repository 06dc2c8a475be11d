import { route } from "@/lib/api/route";
import { kebutuhanQuery } from "@/lib/rekap/schemas";
import { versionParams } from "@/lib/versions/schemas";
import { getVersionRekapKebutuhan } from "@/lib/versions/service";

export const GET = route({ project: {}, params: versionParams, query: kebutuhanQuery }, ({ project, params, query }) =>
  getVersionRekapKebutuhan(project.id, params.versionId, query),
);
