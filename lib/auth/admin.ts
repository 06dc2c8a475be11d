import "server-only";
import os from "node:os";
import { db } from "@/lib/db/client";
import { recordSecurityEvent } from "@/lib/security-events/record";

export interface AdminChange {
  email: string;
  name: string;
  isAdmin: boolean;
}

/**
 * Grants or revokes the admin flag (it gates the reference-library import). The first
 * account of a fresh install gets it at registration; this is the way to give it to
 * others. Returns null when no account has that email (already trimmed and lower-cased).
 * Runs from the command line (scripts/user-admin.ts): the event names the operating-system
 * user instead of an address.
 */
export async function setAdmin(email: string, isAdmin: boolean): Promise<AdminChange | null> {
  const user = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return null;
  const change = await db().user.update({
    where: { id: user.id },
    data: { isAdmin },
    select: { email: true, name: true, isAdmin: true },
  });
  await recordSecurityEvent({
    kind: isAdmin ? "admin.granted" : "admin.revoked",
    result: "success",
    userId: user.id,
    ip: null,
    userAgent: "npm run user:admin",
    detail: { email, by: osUser(), host: os.hostname() },
  });
  return change;
}

function osUser(): string | null {
  try {
    return os.userInfo().username;
  } catch {
    return null; // containers may run under a uid without a passwd entry
  }
}
