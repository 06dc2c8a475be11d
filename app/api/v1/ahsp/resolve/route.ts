import { route } from "@/lib/api/route";
import { resolveKodes } from "@/lib/reference/resolve";
import { resolveBodySchema } from "@/lib/reference/schemas";

/** A read that takes its kodes in a body (up to 200 do not fit a URL): it changes nothing. */
export const POST = route({ body: resolveBodySchema }, ({ body }) => resolveKodes(body.kodes, body.edition));
