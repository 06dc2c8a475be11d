import { route } from "@/lib/api/route";
import { versionParams } from "@/lib/versions/schemas";
import { getVersion } from "@/lib/versions/service";

export const GET = route({ project: {}, params: versionParams }, ({ project, params }) => getVersion(project.id, params.versionId));
