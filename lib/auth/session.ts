import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { loginHref, RETURN_PATH_HEADER } from "./return-path";
import { authSecret } from "./secret";
import type { PublicUser } from "./types";
import { sessionUser } from "./sessions";

// next-auth names the cookie with the __Secure- prefix on https origins.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The signed-in user for server components, with the same live-session check as the API. */
export async function currentUser(): Promise<PublicUser | null> {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  const jwt = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  if (!jwt?.sub || typeof jwt.sid !== "string") return null;
  return sessionUser(jwt.sid, jwt.sub);
}

/** The signed-in user, or /login remembering this page (middleware.ts names it in a request header). */
export async function requireUser(): Promise<PublicUser> {
  const user = await currentUser();
  if (!user) redirect(loginHref((await headers()).get(RETURN_PATH_HEADER)));
  return user;
}
