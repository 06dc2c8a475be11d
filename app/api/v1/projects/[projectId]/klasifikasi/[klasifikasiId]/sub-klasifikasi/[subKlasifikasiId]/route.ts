import { route } from "@/lib/api/route";
import { updateNodeBody } from "@/lib/klasifikasi/schemas";
import { deleteSubKlasifikasi, updateSubKlasifikasi } from "@/lib/klasifikasi/service";
import { actorOf, nestedParams } from "@/lib/projects/params";

const params = nestedParams("klasifikasiId", "subKlasifikasiId");

/** Rename and/or move within the klasifikasi: `{ "name"?, "position"? }` (0-based). */
export const PATCH = route({ project: {}, params, body: updateNodeBody }, (ctx) =>
  updateSubKlasifikasi(actorOf(ctx), ctx.params, ctx.body),
);

export const DELETE = route({ project: {}, params }, (ctx) => deleteSubKlasifikasi(actorOf(ctx), ctx.params));
