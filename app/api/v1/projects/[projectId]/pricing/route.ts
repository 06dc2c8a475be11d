import { route } from "@/lib/api/route";
import { actorOf, projectParams } from "@/lib/projects/params";
import { pricingBody } from "@/lib/projects/schemas";
import { updatePricing } from "@/lib/projects/service";

export const PATCH = route({ project: {}, params: projectParams, body: pricingBody }, (ctx) => updatePricing(actorOf(ctx), ctx.body));
