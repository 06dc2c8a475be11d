import "server-only";
import { randomBytes } from "node:crypto";
import { ApiError } from "@/lib/kernel/errors";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/mailer";
import { passwordResetMail } from "@/lib/mail/templates";
import { recordSecurityEvent, type RequestMeta } from "@/lib/security-events/record";
import { hashPassword } from "./password";
import { replacePassword, type LoginsEnded } from "./password-change";
import { passwordProblem } from "./password-policy";
import { claimResetToken, dropOtherResetTokens, findUsableResetToken, replaceResetToken } from "./reset-tokens";
import { hashToken } from "./tokens";

/** How long a reset link works. */
export const RESET_TOKEN_MINUTES = 30;

/** The page the mailed link opens (app/reset-kata-sandi), on the address users open (NEXTAUTH_URL). */
function resetLink(token: string): string {
  const url = new URL("/reset-kata-sandi", env().NEXTAUTH_URL);
  url.searchParams.set("token", token);
  return url.toString();
}

/**
 * "Lupa kata sandi": mails a fresh single-use link when an account has this email (replacing
 * its earlier links). The caller answers the same either way: the token is made and hashed,
 * and the one statement runs, for unknown emails too, and the mail goes out after the answer,
 * so neither the body nor the timing tells whether the account exists.
 */
export async function requestPasswordReset(email: string, meta: RequestMeta): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const userId = await replaceResetToken(email, hashToken(token), RESET_TOKEN_MINUTES);
  void recordSecurityEvent({
    kind: "password.reset_requested",
    result: userId ? "success" : "failure",
    userId,
    ...meta,
    detail: { email },
  });
  // sendMail never rejects: a failed delivery is logged there, and the person can ask again.
  if (userId) void sendMail({ to: email, ...passwordResetMail(resetLink(token), RESET_TOKEN_MINUTES) });
}

function invalidToken(): ApiError {
  return ApiError.validation([
    { path: "token", message: "Tautan atur ulang kata sandi tidak valid, sudah dipakai, atau kedaluwarsa. Minta tautan baru." },
  ]);
}

/**
 * Sets a new password with a mailed token, which is used up by it, and ends every session, API
 * token and other reset link of the account: one transaction. A password the policy refuses
 * leaves the token usable, so the person can try another.
 */
export async function confirmPasswordReset(token: string, password: string, meta: RequestMeta): Promise<LoginsEnded> {
  const found = await findUsableResetToken(hashToken(token));
  if (!found) {
    void recordSecurityEvent({ kind: "password.reset", result: "failure", userId: null, ...meta, detail: { reason: "invalid_token" } });
    throw invalidToken();
  }
  const problem = passwordProblem(password, found);
  if (problem) throw ApiError.validation([{ path: "password", message: problem }]);
  const passwordHash = await hashPassword(password);
  const ended = await db().$transaction(async (tx) => {
    // Checked again under the row lock: another confirmation may have used it since.
    if (!(await claimResetToken(tx, found.tokenId))) throw invalidToken();
    await dropOtherResetTokens(tx, found.userId, found.tokenId);
    return replacePassword(tx, found.userId, passwordHash);
  });
  void recordSecurityEvent({ kind: "password.reset", result: "success", userId: found.userId, ...meta, detail: { ...ended } });
  return ended;
}
