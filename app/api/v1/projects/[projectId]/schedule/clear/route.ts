import { route } from "@/lib/api/route";
import { actorOf, projectParams } from "@/lib/projects/params";
import { clearSchedule } from "@/lib/schedule/entries";
import { clearBody } from "@/lib/schedule/schemas";

/** `{ "field": "planned" | "actual", "pekerjaanId"? }`: one pekerjaan, or all without it. */
export const POST = route({ project: {}, params: projectParams, body: clearBody }, (ctx) => clearSchedule(actorOf(ctx), ctx.body));
