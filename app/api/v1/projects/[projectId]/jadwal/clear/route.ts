import { route } from "@/lib/api/route";
import { actorOf, projectParams } from "@/lib/projects/params";
import { clearJadwal } from "@/lib/jadwal/entries";
import { clearBody } from "@/lib/jadwal/schemas";

/** `{ "field": "planned" | "actual", "pekerjaanId"? }`: one pekerjaan, or all without it. */
export const POST = route({ project: {}, params: projectParams, body: clearBody }, (ctx) => clearJadwal(actorOf(ctx), ctx.body));
