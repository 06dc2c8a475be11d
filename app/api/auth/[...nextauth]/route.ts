import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Options are built per request so that `next build` never reads runtime secrets.
function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(req, ctx);
}

export { handler as GET, handler as POST };
