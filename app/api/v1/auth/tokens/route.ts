import { route } from "@/lib/api/route";
import { ApiError } from "@/lib/api/errors";
import { tokenExchangeSchema } from "@/lib/auth/schemas";
import { verifyCredentials } from "@/lib/auth/users";
import { createApiToken } from "@/lib/auth/tokens";

/** Credentials → a personal API token, for headless clients. */
export const POST = route({ auth: "none", body: tokenExchangeSchema, status: 201 }, async ({ body }) => {
  const user = await verifyCredentials(body.email, body.password);
  if (!user) throw new ApiError("UNAUTHENTICATED", "Email atau kata sandi salah.");
  return createApiToken(user.id, body.name);
});
