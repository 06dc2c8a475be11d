import "server-only";
import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/kernel/errors";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";
import type { Authenticated } from "./request-auth";

/**
 * Changes the caller's password (the new one must pass lib/auth/password-policy.ts) and ends
 * every other way in: all other browser sessions and all API tokens except the one making this
 * request. One transaction.
 */
export async function changePassword(auth: Authenticated, currentPassword: string, newPassword: string) {
  const problem = passwordProblem(newPassword, auth.user);
  if (problem) throw ApiError.validation([{ path: "newPassword", message: problem }]);
  const user = await db().user.findUniqueOrThrow({ where: { id: auth.user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw ApiError.validation([{ path: "currentPassword", message: "Kata sandi saat ini salah." }]);
  }
  const passwordHash = await hashPassword(newPassword);
  const now = new Date();
  const keepSession = auth.method === "session" ? auth.credentialId : undefined;
  const keepToken = auth.method === "bearer" ? auth.credentialId : undefined;
  const [, sessions, tokens] = await db().$transaction([
    db().user.update({ where: { id: auth.user.id }, data: { passwordHash } }),
    db().session.updateMany({
      where: { userId: auth.user.id, revokedAt: null, ...(keepSession ? { id: { not: keepSession } } : {}) },
      data: { revokedAt: now },
    }),
    db().apiToken.updateMany({
      where: { userId: auth.user.id, revokedAt: null, ...(keepToken ? { tokenHash: { not: keepToken } } : {}) },
      data: { revokedAt: now },
    }),
  ]);
  return { revokedSessions: sessions.count, revokedTokens: tokens.count };
}
