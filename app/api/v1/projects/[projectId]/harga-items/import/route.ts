import { route } from "@/lib/api/route";
import { importHargaItems } from "@/lib/harga-items/import-service";
import { actorOf, projectParams } from "@/lib/projects/params";

/**
 * A price list (CSV or XLSX) as multipart/form-data: `file`, `mode` preview (default,
 * writes nothing) or apply with the preview's `token` and optional `choices`.
 * Rate-limited in the bulk category by path (lib/rate-limit/policy.ts).
 */
export const POST = route({ project: {}, params: projectParams }, (ctx) => importHargaItems(actorOf(ctx), ctx.req));
