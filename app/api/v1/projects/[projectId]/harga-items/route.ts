import { route } from "@/lib/api/route";
import { listHargaQuery, updateHargaBody } from "@/lib/harga-items/schemas";
import { listHargaItems, updateHargaByKode } from "@/lib/harga-items/service";
import { actorOf, projectParams } from "@/lib/projects/params";

export const GET = route({ project: {}, params: projectParams, query: listHargaQuery }, ({ project, query }) =>
  listHargaItems(project.id, query),
);

/** `{ "items": [{ "kode", "harga" }] }`, all or nothing. */
export const PATCH = route({ project: {}, params: projectParams, body: updateHargaBody }, (ctx) =>
  updateHargaByKode(actorOf(ctx), ctx.body),
);
