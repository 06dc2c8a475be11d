import "server-only";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { ApiError } from "@/lib/kernel/errors";
import { authSecret } from "./secret";
import { authenticateBearer } from "./tokens";
import type { PublicUser } from "./types";
import { sessionUser } from "./sessions";

export type AuthMethod = "bearer" | "session";
export interface Authenticated {
  user: PublicUser;
  method: AuthMethod;
  /** The session id (cookie auth) or the token's hash (bearer): what "this login" means. */
  credentialId: string;
}

/**
 * Resolves the caller from a bearer token or the next-auth session cookie.
 * A bearer header that does not verify is a 401 outright: falling back to the
 * cookie would let a script silently act as whoever is logged in in the browser.
 */
export async function authenticate(req: NextRequest): Promise<Authenticated | null> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const bearer = match?.[1] ? await authenticateBearer(match[1]) : null;
    if (!bearer) throw new ApiError("UNAUTHENTICATED", "Token API tidak valid atau sudah dicabut.");
    return { user: bearer.user, method: "bearer", credentialId: bearer.tokenHash };
  }
  const jwt = await getToken({ req, secret: authSecret() });
  if (!jwt?.sub || typeof jwt.sid !== "string") return null;
  const user = await sessionUser(jwt.sid, jwt.sub);
  return user ? { user, method: "session", credentialId: jwt.sid } : null;
}
