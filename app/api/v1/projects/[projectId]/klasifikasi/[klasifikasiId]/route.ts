import { route } from "@/lib/api/route";
import { updateNodeBody } from "@/lib/klasifikasi/schemas";
import { deleteKlasifikasi, updateKlasifikasi } from "@/lib/klasifikasi/service";
import { actorOf, nestedParams } from "@/lib/projects/params";

const params = nestedParams("klasifikasiId");

/** Rename and/or move: `{ "name"?, "position"? }` (0-based). */
export const PATCH = route({ project: {}, params, body: updateNodeBody }, (ctx) =>
  updateKlasifikasi(actorOf(ctx), ctx.params.klasifikasiId, ctx.body),
);

export const DELETE = route({ project: {}, params }, (ctx) => deleteKlasifikasi(actorOf(ctx), ctx.params.klasifikasiId));
