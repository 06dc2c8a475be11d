import { recordSecurityEvent, type RequestMeta } from "@/lib/security-events/record";
import { verifyCredentials } from "./users";
import type { PublicUser } from "./types";

/** next-auth's sign-in (`session`) or the token exchange (`token`). */
export type LoginChannel = "session" | "token";

/** verifyCredentials, with the login recorded as a security event (success or failure). */
export async function checkLogin(email: string, password: string, meta: RequestMeta, via: LoginChannel): Promise<PublicUser | null> {
  const user = await verifyCredentials(email, password);
  void recordSecurityEvent({
    kind: "login",
    result: user ? "success" : "failure",
    userId: user?.id ?? null,
    ...meta,
    detail: { email, via },
  });
  return user;
}
