import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Password-reset tokens (model PasswordResetToken): only their sha256 is ever stored. Times are
 * compared in UTC, as Prisma writes its timestamp columns, whatever the database session's zone.
 */
const NOW_UTC = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

const ISSUED_ROW = z.strictObject({ userId: z.string() });

/**
 * Replaces the reset tokens of the account with `email` by a new one; returns its user id, or
 * null when no account has that email. One statement either way: an unknown email costs the
 * same round trip as a known one, so the answer's timing does not tell them apart.
 */
export async function replaceResetToken(email: string, tokenHash: string, validMinutes: number): Promise<string | null> {
  const [row] = await queryRows(
    db(),
    "auth.replaceResetToken",
    ISSUED_ROW,
    Prisma.sql`
    WITH u AS (SELECT id FROM "User" WHERE email = ${email}),
         dropped AS (DELETE FROM "PasswordResetToken" WHERE "userId" IN (SELECT id FROM u))
    INSERT INTO "PasswordResetToken" (id, "userId", "tokenHash", "expiresAt")
    SELECT ${randomUUID()}::uuid, u.id, ${tokenHash}, ${NOW_UTC} + make_interval(mins => ${validMinutes}::int) FROM u
    RETURNING "userId"::text AS "userId"`,
  );
  return row?.userId ?? null;
}

const USABLE_ROW = z.strictObject({ tokenId: z.string(), userId: z.string(), email: z.string(), name: z.string() });
export type UsableResetToken = z.output<typeof USABLE_ROW>;

/** The unused, unexpired token with this hash and its account (for the password policy), or null. */
export async function findUsableResetToken(tokenHash: string): Promise<UsableResetToken | null> {
  const [row] = await queryRows(
    db(),
    "auth.findUsableResetToken",
    USABLE_ROW,
    Prisma.sql`
    SELECT t.id::text AS "tokenId", u.id::text AS "userId", u.email, u.name
    FROM "PasswordResetToken" t JOIN "User" u ON u.id = t."userId"
    WHERE t."tokenHash" = ${tokenHash} AND t."usedAt" IS NULL AND t."expiresAt" > ${NOW_UTC}`,
  );
  return row ?? null;
}

/**
 * Marks the token used, in the caller's transaction, if it still is unused and unexpired; false
 * otherwise. The row lock makes it single-use: of two confirmations racing, the second waits for
 * the first to commit, then finds usedAt set.
 */
export async function claimResetToken(tx: Prisma.TransactionClient, tokenId: string): Promise<boolean> {
  const now = new Date();
  const { count } = await tx.passwordResetToken.updateMany({
    where: { id: tokenId, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}

/** The user's other reset tokens, in the caller's transaction: a used link ends the rest. */
export async function dropOtherResetTokens(tx: Prisma.TransactionClient, userId: string, keepId: string): Promise<void> {
  await tx.passwordResetToken.deleteMany({ where: { userId, id: { not: keepId } } });
}
