import "server-only";
import NextAuth from "next-auth";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { apiErrorResponse } from "@/lib/api/envelope";
import { mapKnownError } from "@/lib/db/error-mapping";
import { requestIdOf } from "@/lib/api/request";
import { db } from "@/lib/db/client";
import { recordSecurityEvent, requestMeta } from "@/lib/security-events/record";
import { withLoginLimit } from "./login-guard";
import { authOptions } from "./options";
import { authSecret } from "./secret";

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's route, with the credentials sign-in under the failed-login limits and logouts
 * recorded (next-auth's signOut event gets no request, so no address or user agent).
 * Options are built per request so that `next build` never reads runtime secrets.
 */
export async function nextAuthRoute(req: NextRequest, ctx: Context): Promise<Response> {
  try {
    return await dispatch(req, ctx);
  } catch (error) {
    // An unreachable database is a 503 here too, as on every API route; anything else is next-auth's.
    const known = mapKnownError(error);
    if (known?.code !== "SERVICE_UNAVAILABLE") throw error;
    return apiErrorResponse(known, requestIdOf(req));
  }
}

async function dispatch(req: NextRequest, ctx: Context): Promise<Response> {
  const run = (r: NextRequest) => NextAuth(authOptions())(r, ctx) as Promise<Response>;
  if (req.method !== "POST") return run(req);
  const [action, provider] = (await ctx.params).nextauth ?? [];
  if (action === "callback" && provider === "credentials") {
    // next-auth turns an error in authorize() into a "wrong password" answer, which would also
    // count against the account's failed-login limit: an outage is found out before.
    await db().$queryRaw`SELECT 1`;
    return withLoginLimit(req, run);
  }
  if (action === "signout") return withLogoutEvent(req, run);
  return run(req);
}

async function withLogoutEvent(req: NextRequest, run: (r: NextRequest) => Promise<Response>): Promise<Response> {
  const jwt = await getToken({ req, secret: authSecret() }).catch(() => null);
  const res = await run(req);
  if (jwt?.sub) {
    void recordSecurityEvent({ kind: "logout", result: "success", userId: jwt.sub, ...requestMeta(req.headers), detail: {} });
  }
  return res;
}
