import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { authSecret } from "./secret";
import { emailSchema } from "./schemas";
import { verifyCredentials } from "./users";

const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Kata sandi", type: "password" } },
        async authorize(credentials) {
          const email = emailSchema.safeParse(credentials?.email);
          if (!email.success || typeof credentials?.password !== "string") return null;
          const user = await verifyCredentials(email.data, credentials.password);
          return user ? { id: user.id, email: user.email, name: user.name } : null;
        },
      }),
    ],
    callbacks: {
      // The epoch lets a password change or logout-everywhere invalidate old JWTs.
      async jwt({ token, user }) {
        if (user) {
          const row = await db().user.findUnique({ where: { id: user.id }, select: { sessionEpoch: true } });
          token.sub = user.id;
          token.epoch = row?.sessionEpoch ?? 0;
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
