import { z } from "zod";
import { route } from "@/lib/api/route";
import { exportResponse } from "@/lib/exports/service";
import { projectParams } from "@/lib/projects/params";

/** `{report}.{format}`, e.g. rekap-rab.xlsx (lib/exports/registry lists them). Archived projects export too. */
const params = projectParams.extend({ file: z.string().max(100) });

const backupEvent = (raw: Record<string, unknown>) => (raw.file === "backup.json" ? "backup.downloaded" : null);

export const GET = route({ project: "any", params, securityEvent: backupEvent }, ({ project, params }) => exportResponse(project.id, params.file));
