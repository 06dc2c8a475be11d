import { route } from "@/lib/api/route";
import { confirmPasswordReset } from "@/lib/auth/password-reset";
import { passwordResetConfirmSchema } from "@/lib/auth/schemas";
import { requestMeta } from "@/lib/security-events/record";

/** A new password with the mailed token; every session and API token of the account ends. */
export const POST = route({ auth: "none", body: passwordResetConfirmSchema }, ({ req, body }) =>
  confirmPasswordReset(body.token, body.password, requestMeta(req.headers)),
);
