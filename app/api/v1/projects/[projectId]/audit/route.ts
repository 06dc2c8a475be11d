import { z } from "zod";
import { ApiResult, route } from "@/lib/api/route";
import { AUDIT_ENTITIES, listAudit } from "@/lib/audit";
import { projectParams } from "@/lib/projects/params";

const query = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.uuid().optional(),
  // "schedule": the jadwal's name before the glossary, accepted for one release (README, "Deprecated names").
  entity: z.preprocess((value) => (value === "schedule" ? "jadwal" : value), z.enum(AUDIT_ENTITIES)).optional(),
});

export const GET = route({ project: {}, params: projectParams, query }, async ({ project, query }) => {
  const { entries, nextCursor } = await listAudit(project.id, query);
  return new ApiResult(entries, { meta: { nextCursor, limit: query.limit } });
});
