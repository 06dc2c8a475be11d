import { route } from "@/lib/api/route";
import { createNodeBody } from "@/lib/klasifikasi/schemas";
import { createSubKlasifikasi } from "@/lib/klasifikasi/service";
import { actorOf, nestedParams } from "@/lib/projects/params";

export const POST = route({ project: {}, params: nestedParams("klasifikasiId"), body: createNodeBody, status: 201 }, (ctx) =>
  createSubKlasifikasi(actorOf(ctx), ctx.params.klasifikasiId, ctx.body),
);
