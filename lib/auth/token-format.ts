import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * API token layout: `rab_<userId>.<random>.<mac>`, mac = HMAC(secret, "<userId>.<random>").
 * The mac lets middleware key rate limits by the user without a database lookup and
 * without trusting a forgeable id; the route wrapper still verifies the token's hash in
 * the database (revocation, existence) before anything is authorized.
 */
const PREFIX = "rab_";
const MAC_BYTES = 16;
const UUID = /^[0-9a-f]{32}$/;

export function mintToken(userId: string, secret: string): string {
  const body = `${userId.replaceAll("-", "")}.${randomBytes(32).toString("base64url")}`;
  return `${PREFIX}${body}.${mac(body, secret)}`;
}

/** The user id a well-formed, correctly signed token names; null otherwise. */
export function tokenUserId(token: string, secret: string): string | null {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const parts = token.slice(PREFIX.length).split(".");
  if (parts.length !== 3) return null;
  const [compactId, random, given] = parts as [string, string, string];
  if (!UUID.test(compactId)) return null;
  const expected = Buffer.from(mac(`${compactId}.${random}`, secret), "base64url");
  const actual = Buffer.from(given, "base64url");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return expandUuid(compactId);
}

function mac(body: string, secret: string): string {
  return createHmac("sha256", secret).update(body).digest().subarray(0, MAC_BYTES).toString("base64url");
}

function expandUuid(c: string): string {
  return `${c.slice(0, 8)}-${c.slice(8, 12)}-${c.slice(12, 16)}-${c.slice(16, 20)}-${c.slice(20)}`;
}
