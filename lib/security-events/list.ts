import "server-only";
import { ApiError } from "@/lib/kernel/errors";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SecurityEventsQuery } from "./schemas";
import type { SecurityEventView } from "./types";

export interface SecurityEventPage {
  events: SecurityEventView[];
  nextCursor: string | null;
}

/**
 * Newest first; `cursor` is the id of the last event of the previous page (keyset paging, as
 * the audit trail). `email` matches the account's events and attempts naming that email
 * (failed logins of unknown accounts have no user id).
 */
export async function listSecurityEvents(query: SecurityEventsQuery): Promise<SecurityEventPage> {
  const after = query.cursor ? await cursorEvent(query.cursor) : null;
  const where: Prisma.SecurityEventWhereInput = {
    AND: [
      await filters(query),
      after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {},
    ],
  };
  const rows = await db().securityEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const users = await usersById(page.flatMap((r) => (r.userId ? [r.userId] : [])));
  return {
    events: page.map(({ userId, ...event }) => ({
      ...event,
      user: userId ? (users.get(userId) ?? { id: userId, email: "", name: "" }) : null,
    })),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

async function filters(query: SecurityEventsQuery): Promise<Prisma.SecurityEventWhereInput> {
  const emailMatch = query.email ? await emailFilter(query.email) : {};
  return {
    ...(query.kind && { kind: query.kind }),
    ...(query.result && { result: query.result }),
    ...(query.userId && { userId: query.userId }),
    ...((query.from || query.to) && {
      createdAt: { ...(query.from && { gte: new Date(query.from) }), ...(query.to && { lte: new Date(query.to) }) },
    }),
    ...emailMatch,
  };
}

async function emailFilter(email: string): Promise<Prisma.SecurityEventWhereInput> {
  const user = await db().user.findUnique({ where: { email }, select: { id: true } });
  const named: Prisma.SecurityEventWhereInput = { detail: { path: ["email"], equals: email } };
  return { OR: user ? [{ userId: user.id }, named] : [named] };
}

async function cursorEvent(id: string) {
  const event = await db().securityEvent.findUnique({ where: { id }, select: { id: true, createdAt: true } });
  if (!event) throw ApiError.validation([{ path: "cursor", message: "Cursor tidak dikenal." }]);
  return event;
}

async function usersById(ids: string[]) {
  if (ids.length === 0) return new Map<string, { id: string; email: string; name: string }>();
  const users = await db().user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, email: true, name: true } });
  return new Map(users.map((u) => [u.id, u]));
}
