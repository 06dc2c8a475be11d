import { route } from "@/lib/api/route";
import { projectParams } from "@/lib/projects/params";
import { getProjectTree } from "@/lib/rekap/tree";

export const GET = route({ project: {}, params: projectParams }, ({ project }) => getProjectTree(project.id, project.contentRevision));
