import { route } from "@/lib/api/route";
import { actorOf, projectParams } from "@/lib/projects/params";
import { saveEntries } from "@/lib/jadwal/entries";
import { entriesBody } from "@/lib/jadwal/schemas";

/** `{ "entries": [{ "pekerjaanId", "week", "planned"?, "actual"?, "actualCost"?, "note"? }] }`, all or nothing. */
export const PUT = route({ project: {}, params: projectParams, body: entriesBody }, (ctx) => saveEntries(actorOf(ctx), ctx.body));
