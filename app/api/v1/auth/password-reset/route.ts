import { route } from "@/lib/api/route";
import { RESET_TOKEN_MINUTES, requestPasswordReset } from "@/lib/auth/password-reset";
import { resetEmailRefusal } from "@/lib/auth/password-reset-limit";
import { passwordResetRequestSchema } from "@/lib/auth/schemas";
import { rateLimitStore } from "@/lib/rate-limit/runtime";
import { tooManyRequests } from "@/lib/rate-limit/respond";
import { recordRejection } from "@/lib/security-events/rate-limit";
import { requestMeta } from "@/lib/security-events/record";

/** "Lupa kata sandi": 202 with the same body whether or not the email has an account. */
export const POST = route({ auth: "none", body: passwordResetRequestSchema, status: 202 }, async ({ req, requestId, body }) => {
  const meta = requestMeta(req.headers);
  const refused = await resetEmailRefusal(body.email);
  if (refused) {
    void recordRejection(rateLimitStore()!, { identity: refused.identity, category: refused.category, route: req.nextUrl.pathname, meta });
    return tooManyRequests(refused, requestId);
  }
  await requestPasswordReset(body.email, meta);
  return { expiresInMinutes: RESET_TOKEN_MINUTES };
});
