import "server-only";
import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/kernel/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";
import type { Authenticated } from "./request-auth";

export interface LoginsEnded {
  revokedSessions: number;
  revokedTokens: number;
}

/**
 * Changes the caller's password (the new one must pass lib/auth/password-policy.ts) and ends
 * every other way in: all other browser sessions and all API tokens except the one making this
 * request. One transaction.
 */
export async function changePassword(auth: Authenticated, currentPassword: string, newPassword: string): Promise<LoginsEnded> {
  const problem = passwordProblem(newPassword, auth.user);
  if (problem) throw ApiError.validation([{ path: "newPassword", message: problem }]);
  const user = await db().user.findUniqueOrThrow({ where: { id: auth.user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw ApiError.validation([{ path: "currentPassword", message: "Kata sandi saat ini salah." }]);
  }
  const passwordHash = await hashPassword(newPassword);
  const keep = auth.method === "session" ? { sessionId: auth.credentialId } : { tokenHash: auth.credentialId };
  return db().$transaction((tx) => replacePassword(tx, auth.user.id, passwordHash, keep));
}

/**
 * Inside the caller's transaction: sets the new hash and revokes every live session and API
 * token of the user, except the one login named in `keep` (the request changing its own password).
 * Whoever knew the old password, or held a login made with it, is out.
 */
export async function replacePassword(
  tx: Prisma.TransactionClient,
  userId: string,
  passwordHash: string,
  keep: { sessionId?: string; tokenHash?: string } = {},
): Promise<LoginsEnded> {
  const now = new Date();
  await tx.user.update({ where: { id: userId }, data: { passwordHash } });
  const sessions = await tx.session.updateMany({
    where: { userId, revokedAt: null, ...(keep.sessionId ? { id: { not: keep.sessionId } } : {}) },
    data: { revokedAt: now },
  });
  const tokens = await tx.apiToken.updateMany({
    where: { userId, revokedAt: null, ...(keep.tokenHash ? { tokenHash: { not: keep.tokenHash } } : {}) },
    data: { revokedAt: now },
  });
  return { revokedSessions: sessions.count, revokedTokens: tokens.count };
}
