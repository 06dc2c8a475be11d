import { route } from "@/lib/api/route";
import { updateHargaItemBody } from "@/lib/harga-items/schemas";
import { deleteHargaItem, updateHargaItem } from "@/lib/harga-items/service";
import { actorOf, nestedParams } from "@/lib/projects/params";

const params = nestedParams("hargaItemId");

export const PATCH = route({ project: {}, params, body: updateHargaItemBody }, (ctx) =>
  updateHargaItem(actorOf(ctx), ctx.params.hargaItemId, ctx.body),
);

export const DELETE = route({ project: {}, params }, (ctx) => deleteHargaItem(actorOf(ctx), ctx.params.hargaItemId));
