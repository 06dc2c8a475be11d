import { db } from "@/lib/db/client";
import { publicSelect, type PublicUser } from "./users";

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
  const session = await db().session.findFirst({
    where: { id: sessionId, userId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { user: { select: publicSelect } },
  });
  return session?.user ?? null;
}

export async function closeSession(sessionId: string): Promise<void> {
  await db().session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
