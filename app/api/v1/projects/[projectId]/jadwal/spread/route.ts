import { route } from "@/lib/api/route";
import { actorOf, projectParams } from "@/lib/projects/params";
import { spreadPlanned } from "@/lib/jadwal/entries";
import { spreadBody } from "@/lib/jadwal/schemas";

/** `{ "pekerjaanId", "fromWeek", "toWeek" }`: 100% planned evenly, the remainder in the last week. */
export const POST = route({ project: {}, params: projectParams, body: spreadBody }, (ctx) => spreadPlanned(actorOf(ctx), ctx.body));
