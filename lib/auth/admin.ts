import { db } from "@/lib/db/client";

export interface AdminChange {
  email: string;
  name: string;
  isAdmin: boolean;
}

/**
 * Grants or revokes the admin flag (it gates the reference-library import). The first
 * account of a fresh install gets it at registration; this is the way to give it to
 * others. Returns null when no account has that email (already trimmed and lower-cased).
 */
export async function setAdmin(email: string, isAdmin: boolean): Promise<AdminChange | null> {
  const user = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return null;
  return db().user.update({ where: { id: user.id }, data: { isAdmin }, select: { email: true, name: true, isAdmin: true } });
}
