import { ApiResult, route } from "@/lib/api/route";
import { actorOf, projectParams } from "@/lib/projects/params";
import { batchCopyBody } from "@/lib/snapshot/schemas";
import { batchCopy } from "@/lib/snapshot/service";

/** One result per copy; `meta` counts them. Editor role, like copy. Bulk rate limit (policy.ts). */
export const POST = route({ project: { includeArchived: true }, params: projectParams, body: batchCopyBody }, async (ctx) => {
  const results = await batchCopy(actorOf(ctx), ctx.body);
  const created = results.filter((r) => r.project).length;
  return new ApiResult(results, { status: created > 0 ? 201 : 200, meta: { created, failed: results.length - created } });
});
