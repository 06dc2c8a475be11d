import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "./secret";
import { emailSchema } from "./schemas";
import { requestMeta } from "@/lib/security-events/record";
import { checkLogin } from "./login";
import { closeSession, openSession, SESSION_MAX_AGE_SECONDS } from "./sessions";

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Kata sandi", type: "password" } },
        // Runs under the failed-login limits (login-guard.ts), on the body the guard counted.
        async authorize(credentials, req) {
          const email = emailSchema.safeParse(credentials?.email);
          if (!email.success || typeof credentials?.password !== "string") return null;
          const meta = requestMeta(new Headers(req.headers as Record<string, string>));
          const user = await checkLogin(email.data, credentials.password, meta, "session");
          return user ? { id: user.id, email: user.email, name: user.name } : null;
        },
      }),
    ],
    events: {
      // Logout ends the session on the server too: a copied cookie stops working.
      async signOut({ token }) {
        if (typeof token?.sid === "string") await closeSession(token.sid);
      },
    },
    callbacks: {
      // Each login gets a server-side session row; the JWT only names it (sid).
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sid = await openSession(user.id);
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) Object.assign(session.user, { id: token.sub });
        return session;
      },
    },
  };
}
