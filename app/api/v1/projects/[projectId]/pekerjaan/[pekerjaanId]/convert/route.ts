import { route } from "@/lib/api/route";
import { convertPekerjaan } from "@/lib/pekerjaan/service";
import { actorOf, nestedParams } from "@/lib/projects/params";

/** ref → ref_modified: makes a library snapshot's lines editable. */
export const POST = route({ project: {}, params: nestedParams("pekerjaanId") }, (ctx) =>
  convertPekerjaan(actorOf(ctx), ctx.params.pekerjaanId),
);
