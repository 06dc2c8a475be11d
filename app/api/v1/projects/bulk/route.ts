import { route } from "@/lib/api/route";
import { bulkArchive } from "@/lib/projects/bulk";
import { bulkProjectsBody } from "@/lib/projects/schemas";

/** `{ action: "archive" | "restore", projectIds }`: all or nothing, owners only (lib/projects/bulk.ts). */
export const POST = route({ body: bulkProjectsBody }, ({ auth, body }) => bulkArchive(auth.user.id, body));
