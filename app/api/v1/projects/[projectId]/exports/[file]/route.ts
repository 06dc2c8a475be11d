import { z } from "zod";
import { route } from "@/lib/api/route";
import { exportQuery } from "@/lib/exports/schemas";
import { exportResponse } from "@/lib/exports/service";
import { assertRole } from "@/lib/projects/access";
import { projectParams } from "@/lib/projects/params";

/**
 * `{report}.{format}`, e.g. rekap-rab.xlsx (lib/exports/registry lists them), with the document
 * options (`?kutipan=full|short|none`), of the live estimate or of a version (`?version={versionId}`).
 * Archived projects export too.
 */
const params = projectParams.extend({ file: z.string().max(100) });

const backupEvent = (raw: Record<string, unknown>) => (raw.file === "backup.json" ? "backup.downloaded" : null);

export const GET = route(
  { project: { includeArchived: true }, params, query: exportQuery, securityEvent: backupEvent },
  ({ project, params, query }) => {
    // A viewer exports every document, but a backup imports as a new project: a copy, which
    // needs the editor role like POST …/copy.
    if (params.file === "backup.json") assertRole(project.role, "edit");
    return exportResponse(project.id, params.file, query);
  },
);
