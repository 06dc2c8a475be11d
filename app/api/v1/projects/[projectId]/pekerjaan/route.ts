import { route } from "@/lib/api/route";
import { createPekerjaanBody } from "@/lib/pekerjaan/schemas";
import { createPekerjaan } from "@/lib/pekerjaan/service";
import { actorOf, projectParams } from "@/lib/projects/params";

export const POST = route({ project: {}, params: projectParams, body: createPekerjaanBody, status: 201 }, (ctx) =>
  createPekerjaan(actorOf(ctx), ctx.body),
);
