import type { NextRequest } from "next/server";
import { route } from "@/lib/api/route";
import { ApiError } from "@/lib/kernel/errors";
import { tokenExchangeSchema } from "@/lib/auth/schemas";
import { checkLogin } from "@/lib/auth/login";
import { withLoginLimit } from "@/lib/auth/login-guard";
import { createApiToken } from "@/lib/auth/tokens";
import { recordSecurityEvent, requestMeta } from "@/lib/security-events/record";

/** Credentials → a personal API token, for headless clients; under the failed-login limits. */
const exchange = route({ auth: "none", body: tokenExchangeSchema, status: 201 }, async ({ req, body }) => {
  const meta = requestMeta(req.headers);
  const user = await checkLogin(body.email, body.password, meta, "token");
  if (!user) throw new ApiError("UNAUTHENTICATED", "Email atau kata sandi salah.");
  const token = await createApiToken(user.id, body.name);
  void recordSecurityEvent({
    kind: "token.created",
    result: "success",
    userId: user.id,
    ...meta,
    detail: { id: token.id, via: "exchange" },
  });
  return token;
});

export const POST = (req: NextRequest, ctx: Parameters<typeof exchange>[1]) => withLoginLimit(req, (r) => exchange(r, ctx));
