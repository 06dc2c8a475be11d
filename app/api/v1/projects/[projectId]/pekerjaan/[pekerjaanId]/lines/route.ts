import { route } from "@/lib/api/route";
import { replaceLines } from "@/lib/pekerjaan/lines";
import { replaceLinesBody } from "@/lib/pekerjaan/schemas";
import { actorOf, nestedParams } from "@/lib/projects/params";

export const PUT = route({ project: {}, params: nestedParams("pekerjaanId"), body: replaceLinesBody }, (ctx) =>
  replaceLines(actorOf(ctx), ctx.params.pekerjaanId, ctx.body),
);
