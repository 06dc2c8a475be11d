import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/kernel/errors";
import { acceptInvitations } from "@/lib/members/registration";
import { hashPassword, verifyPassword, burnPasswordCheck } from "./password";
import type { PublicUser } from "./types";

/** The user fields any caller may see (never the hash). */
export const publicSelect = { id: true, email: true, name: true, isAdmin: true, createdAt: true } as const;

/**
 * The same fields for raw SQL over `"User" u`. Authentication runs on every request: its
 * credential and its user come from one joined statement, where the ORM would send two.
 */
export const publicUserColumns = Prisma.sql`u.id, u.email, u.name, u."isAdmin", u."createdAt"`;

/** A row of publicUserColumns, for queryRows. */
export const PUBLIC_USER_ROW = z.strictObject({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  isAdmin: z.boolean(),
  createdAt: z.date(),
}) satisfies z.ZodType<PublicUser>;

// The key of the advisory lock that serializes registrations (any constant; this one spells "RAB1").
const REGISTRATION_LOCK = 0x52414231;

/**
 * Emails arrive already trimmed and lower-cased by the schema; the unique index does the rest.
 * The first account of a fresh install administers the reference library. "First" is decided
 * under a transaction-scoped advisory lock: parallel registrations, in any process, take turns,
 * and each one sees the accounts committed before it. Hashing happens before, outside the lock.
 * Pending project invitations of the email become memberships in the same transaction.
 */
export async function registerUser(input: { email: string; password: string; name: string }): Promise<PublicUser> {
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REGISTRATION_LOCK}::bigint)`;
      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (existing) throw ApiError.conflict("Email sudah terdaftar.");
      const isFirst = (await tx.user.findFirst({ select: { id: true } })) === null;
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, isAdmin: isFirst },
        select: publicSelect,
      });
      await acceptInvitations(tx, user);
      return user;
    },
    { maxWait: 10_000 },
  );
}

/** Returns the user for valid credentials, else null; never says which part was wrong. */
export async function verifyCredentials(email: string, password: string): Promise<PublicUser | null> {
  const user = await db().user.findUnique({ where: { email }, select: { ...publicSelect, passwordHash: true } });
  if (!user) {
    await burnPasswordCheck(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  const { passwordHash: _omit, ...rest } = user;
  return rest;
}
