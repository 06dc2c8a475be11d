import { route } from "@/lib/api/route";
import { updatePekerjaanBody } from "@/lib/pekerjaan/schemas";
import { deletePekerjaan, getPekerjaan, updatePekerjaan } from "@/lib/pekerjaan/service";
import { actorOf, nestedParams } from "@/lib/projects/params";

const params = nestedParams("pekerjaanId");

export const GET = route({ project: {}, params }, ({ project, params }) => getPekerjaan(project.id, params.pekerjaanId));

/** Header, BUK override, and move/reorder: `{ "subKlasifikasiId"?, "position"? }`. */
export const PATCH = route({ project: {}, params, body: updatePekerjaanBody }, (ctx) =>
  updatePekerjaan(actorOf(ctx), ctx.params.pekerjaanId, ctx.body),
);

export const DELETE = route({ project: {}, params }, (ctx) => deletePekerjaan(actorOf(ctx), ctx.params.pekerjaanId));
