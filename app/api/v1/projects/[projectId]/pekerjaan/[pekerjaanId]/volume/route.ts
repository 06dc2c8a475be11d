import { route } from "@/lib/api/route";
import { volumeBody } from "@/lib/pekerjaan/schemas";
import { setVolume } from "@/lib/pekerjaan/volume";
import { actorOf, nestedParams } from "@/lib/projects/params";

export const PUT = route({ project: {}, params: nestedParams("pekerjaanId"), body: volumeBody }, (ctx) =>
  setVolume(actorOf(ctx), ctx.params.pekerjaanId, ctx.body),
);
