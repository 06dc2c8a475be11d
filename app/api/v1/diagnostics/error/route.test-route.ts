import { route } from "@/lib/api/route";
import { ApiError } from "@/lib/kernel/errors";
import { env } from "@/lib/env";

/**
 * Throws an unexpected error, to prove in tests that a 500 leaks nothing and reaches
 * Sentry with the request id. Absent (404) unless DIAGNOSTICS_ENABLED=true.
 */
export const GET = route({}, async () => {
  if (env().DIAGNOSTICS_ENABLED !== "true") throw ApiError.notFound();
  throw new Error('diagnostic failure at /srv/secret/path.ts: SELECT * FROM "User"');
});
