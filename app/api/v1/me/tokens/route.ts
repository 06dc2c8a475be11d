import { z } from "zod";
import { route } from "@/lib/api/route";
import { tokenNameSchema } from "@/lib/auth/schemas";
import { createApiToken, listApiTokens } from "@/lib/auth/tokens";

export const GET = route({}, ({ auth }) => listApiTokens(auth.user.id));

export const POST = route(
  { body: z.strictObject({ name: tokenNameSchema }), status: 201, securityEvent: "token.created" },
  ({ auth, body }) => createApiToken(auth.user.id, body.name),
);
