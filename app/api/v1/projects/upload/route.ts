import { route } from "@/lib/api/route";
import { uploadProjects } from "@/lib/projects/upload";

/**
 * New projects from a CSV/XLSX file, one per row, as multipart/form-data: `file`, `mode`
 * preview (default, writes nothing) or commit with the preview's `token` (lib/projects/upload.ts).
 */
export const POST = route({}, ({ auth, req }) => uploadProjects(auth.user.id, req));
