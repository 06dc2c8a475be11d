import { route } from "@/lib/api/route";
import { projectParams } from "@/lib/projects/params";
import { getRekapKebutuhan } from "@/lib/rekap/kebutuhan";
import { kebutuhanQuery } from "@/lib/rekap/schemas";

export const GET = route({ project: {}, params: projectParams, query: kebutuhanQuery }, ({ project, query }) =>
  getRekapKebutuhan(project.id, query, project.contentRevision),
);
