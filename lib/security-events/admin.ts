import { ApiError } from "@/lib/kernel/errors";
import { zodFieldErrors } from "@/lib/kernel/zod";
import type { PublicUser } from "@/lib/auth/types";
import { listSecurityEvents, type SecurityEventPage } from "./list";
import { securityEventsQuery, type SecurityEventsQuery } from "./schemas";

/**
 * The admin's view of the log. Anyone else gets the 404 of an unknown address, before the
 * query is even read, so the route does not reveal that it exists.
 */
export async function adminSecurityEvents(
  user: PublicUser,
  params: URLSearchParams,
): Promise<SecurityEventPage & { query: SecurityEventsQuery }> {
  if (!user.isAdmin) throw ApiError.notFound("Alamat API tidak dikenal.");
  const parsed = securityEventsQuery.safeParse(Object.fromEntries(params));
  if (!parsed.success) throw ApiError.validation(zodFieldErrors(parsed.error, "query"));
  return { ...(await listSecurityEvents(parsed.data)), query: parsed.data };
}
