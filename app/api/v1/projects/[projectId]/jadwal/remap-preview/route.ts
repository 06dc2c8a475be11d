import { route } from "@/lib/api/route";
import { projectParams } from "@/lib/projects/params";
import { previewRemap } from "@/lib/jadwal/remap";
import { remapPreviewBody } from "@/lib/jadwal/schemas";

/**
 * `{ "startDate"?, "durationDays"?, "weekEndDay"? }`: where the jadwal's entries would move,
 * and which would be dropped, if the project PATCH changed these. Writes nothing, so a viewer may ask too.
 */
export const POST = route({ project: { need: "view" }, params: projectParams, body: remapPreviewBody }, ({ project, body }) =>
  previewRemap(project.id, body),
);
