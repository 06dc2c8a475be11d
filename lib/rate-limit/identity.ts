import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { tokenUserId } from "@/lib/auth/token-format";

/**
 * Who a request counts against: the user when a signed token or session names one,
 * else the client IP. Nothing here authorizes; route handlers verify for real.
 */
export async function requestIdentity(req: NextRequest, secret: string, trustedHops: number): Promise<string> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.get("authorization") ?? "")?.[1];
  if (bearer) {
    const userId = tokenUserId(bearer, secret);
    if (userId) return `u:${userId}`;
  } else {
    const jwt = await getToken({ req, secret }).catch(() => null);
    if (jwt?.sub) return `u:${jwt.sub}`;
  }
  return `ip:${clientIp(req.headers, trustedHops)}`;
}

/**
 * X-Forwarded-For is only believed for the hops our own proxies appended: the client
 * is the entry just left of them. Anything further left was written by the client and
 * would let it pick a fresh bucket per request.
 */
export function clientIp(headers: Headers, trustedHops: number): string {
  const socketAddress = headers.get("x-rab-remote-addr") ?? "unknown";
  if (trustedHops === 0) return socketAddress;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return chain[chain.length - trustedHops] ?? socketAddress;
}
