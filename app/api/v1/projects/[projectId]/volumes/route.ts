import { route } from "@/lib/api/route";
import { volumesBody } from "@/lib/pekerjaan/schemas";
import { setVolumes } from "@/lib/pekerjaan/volume";
import { actorOf, projectParams } from "@/lib/projects/params";

export const PUT = route({ project: {}, params: projectParams, body: volumesBody }, (ctx) => setVolumes(actorOf(ctx), ctx.body));
