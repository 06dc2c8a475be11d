import { route } from "@/lib/api/route";
import { createNodeBody } from "@/lib/klasifikasi/schemas";
import { createKlasifikasi } from "@/lib/klasifikasi/service";
import { actorOf, projectParams } from "@/lib/projects/params";

export const POST = route({ project: {}, params: projectParams, body: createNodeBody, status: 201 }, (ctx) =>
  createKlasifikasi(actorOf(ctx), ctx.body),
);
