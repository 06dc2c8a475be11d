import { route } from "@/lib/api/route";
import { passwordChangeSchema } from "@/lib/auth/schemas";
import { changePassword } from "@/lib/auth/password-change";

export const POST = route({ body: passwordChangeSchema, securityEvent: "password.changed" }, ({ auth, body }) =>
  changePassword(auth, body.currentPassword, body.newPassword),
);
