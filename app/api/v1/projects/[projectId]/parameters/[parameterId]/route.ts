import { route } from "@/lib/api/route";
import { updateParameterBody } from "@/lib/parameters/schemas";
import { deleteParameter, updateParameter } from "@/lib/parameters/service";
import { actorOf, nestedParams } from "@/lib/projects/params";

const params = nestedParams("parameterId");

/** A new value re-evaluates the dependent volumes in the same transaction. */
export const PATCH = route({ project: {}, params, body: updateParameterBody }, (ctx) =>
  updateParameter(actorOf(ctx), ctx.params.parameterId, ctx.body),
);

export const DELETE = route({ project: {}, params }, (ctx) => deleteParameter(actorOf(ctx), ctx.params.parameterId));
