import { z } from "zod";
import { route } from "@/lib/api/route";
import { ApiError } from "@/lib/kernel/errors";
import { env } from "@/lib/env";
import { db } from "@/lib/db/client";

/**
 * Answers after `ms` milliseconds and one database read, to prove in tests that a shutdown
 * drains in-flight requests before it closes the pool. Absent (404) unless DIAGNOSTICS_ENABLED=true.
 */
export const GET = route({ query: z.object({ ms: z.coerce.number().int().min(0).max(10_000) }) }, async ({ query }) => {
  if (env().DIAGNOSTICS_ENABLED !== "true") throw ApiError.notFound();
  await new Promise((resolve) => setTimeout(resolve, query.ms));
  await db().$queryRaw`SELECT 1`;
  return { sleptMs: query.ms };
});
