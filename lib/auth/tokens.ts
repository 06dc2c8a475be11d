import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/kernel/errors";
import { PUBLIC_USER_ROW, publicUserColumns } from "./users";
import { mintToken, tokenUserId } from "./token-format";
import { authSecret } from "./secret";
import type { PublicUser } from "./types";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface ApiTokenView {
  id: string;
  name: string;
  hint: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

const viewSelect = { id: true, name: true, hint: true, createdAt: true, lastUsedAt: true } as const;

/** Creates a token; the secret is returned here once and only its hash is kept. */
export async function createApiToken(userId: string, name: string) {
  const token = mintToken(userId, authSecret());
  const row = await db().apiToken.create({
    data: { userId, name, tokenHash: hashToken(token), hint: token.slice(-6) },
    select: viewSelect,
  });
  return { id: row.id, name: row.name, token, createdAt: row.createdAt };
}

export function listApiTokens(userId: string): Promise<ApiTokenView[]> {
  return db().apiToken.findMany({
    where: { userId, revokedAt: null },
    select: viewSelect,
    orderBy: { createdAt: "desc" },
  });
}

export async function revokeApiToken(userId: string, tokenId: string): Promise<void> {
  const { count } = await db().apiToken.updateMany({
    where: { id: tokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw ApiError.notFound("Token tidak ditemukan.");
}

// lastUsedAt is informational; writing it at most once a minute keeps bearer auth
// to a single indexed read on the hot path.
const LAST_USED_RESOLUTION_MS = 60_000;

const BEARER_ROW = PUBLIC_USER_ROW.extend({ tokenId: z.string(), lastUsedAt: z.date().nullable() });

/** The token's user and its hash (the caller's credential id), or null when it does not verify. */
export async function authenticateBearer(token: string): Promise<{ user: PublicUser; tokenHash: string } | null> {
  // A bad signature cannot match any stored hash: skip the database round trip.
  if (!tokenUserId(token, authSecret())) return null;
  const tokenHash = hashToken(token);
  const [row] = await queryRows(
    db(),
    "auth.bearer",
    BEARER_ROW,
    Prisma.sql`
    SELECT t.id AS "tokenId", t."lastUsedAt", ${publicUserColumns}
    FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
    WHERE t."tokenHash" = ${tokenHash} AND t."revokedAt" IS NULL`,
  );
  if (!row) return null;
  const { tokenId, lastUsedAt, ...user } = row;
  if (!lastUsedAt || Date.now() - lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    void db()
      .apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: new Date() } })
      .catch(() => undefined);
  }
  return { user, tokenHash };
}
