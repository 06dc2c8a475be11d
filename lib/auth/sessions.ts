import "server-only";
import { isUuid } from "@/lib/kernel/fields";
import { db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PublicUser } from "./types";
import { PUBLIC_USER_ROW, publicUserColumns } from "./users";

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export async function openSession(userId: string): Promise<string> {
  const session = await db().session.create({
    data: { userId, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true },
  });
  return session.id;
}

/** The user behind a live session: not revoked, not expired, and the JWT's own user. */
export async function sessionUser(sessionId: string, userId: string): Promise<PublicUser | null> {
  // Both come from our own signed JWT; checked anyway, as a malformed uuid would fail the cast.
  if (!isUuid(sessionId) || !isUuid(userId)) return null;
  const [user] = await queryRows(
    db(),
    "auth.sessionUser",
    PUBLIC_USER_ROW,
    Prisma.sql`
    SELECT ${publicUserColumns}
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${sessionId}::uuid AND s."userId" = ${userId}::uuid AND s."revokedAt" IS NULL AND s."expiresAt" > now()`,
  );
  return user ?? null;
}

export async function closeSession(sessionId: string): Promise<void> {
  await db().session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
