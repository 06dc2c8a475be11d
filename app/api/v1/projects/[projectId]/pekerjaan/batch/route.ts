import { route } from "@/lib/api/route";
import { batchPekerjaanBody } from "@/lib/pekerjaan/schemas";
import { createPekerjaanBatch } from "@/lib/pekerjaan/service";
import { actorOf, projectParams } from "@/lib/projects/params";

export const POST = route({ project: {}, params: projectParams, body: batchPekerjaanBody, status: 201 }, (ctx) =>
  createPekerjaanBatch(actorOf(ctx), ctx.body),
);
