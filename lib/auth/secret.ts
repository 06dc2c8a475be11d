import "server-only";
import { env } from "@/lib/env";

// Production refuses to start without NEXTAUTH_SECRET (lib/env.ts). `npm start` writes a
// random one under .data/ for the embedded default; this constant only serves `next dev`
// and tests that run without either.
const DEVELOPMENT_SECRET = "development-only-secret-never-used-in-production-000";

export function authSecret(): string {
  return env().NEXTAUTH_SECRET ?? DEVELOPMENT_SECRET;
}
