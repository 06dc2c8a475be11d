import { route } from "@/lib/api/route";
import { listTemplates } from "@/lib/templates/service";

/** The caller's templates and the shared ones. Saving: POST /projects/{projectId}/templates. */
export const GET = route({}, ({ auth }) => listTemplates(auth.user.id));
