import { z } from "zod";
import { route } from "@/lib/api/route";
import { changeFeed } from "@/lib/audit/changes";
import { projectParams } from "@/lib/projects/params";

// A changeVersion as the ETag spells it, without the quotes.
const query = z.strictObject({
  since: z
    .string()
    .regex(/^(0|[1-9]\d{0,14})$/, "Isi dengan versi dari ETag, mis. 12.")
    .transform(Number),
});

/** Polled by an open project page: has anyone changed the project since the version it shows? */
export const GET = route({ project: { includeArchived: true }, params: projectParams, query }, ({ project, query }) =>
  changeFeed(project, query.since),
);
