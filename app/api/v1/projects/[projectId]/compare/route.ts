import { route } from "@/lib/api/route";
import { projectParams } from "@/lib/projects/params";
import { getComparison } from "@/lib/versions/compare-service";
import { compareQuery } from "@/lib/versions/schemas";

/** `?from=<versionId|live>&to=<versionId|live>`: the tambah-kurang comparison (lib/versions/compare.ts). */
export const GET = route({ project: {}, params: projectParams, query: compareQuery }, ({ project, query }) =>
  getComparison(project.id, query, project.contentRevision),
);
