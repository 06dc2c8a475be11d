import { ApiResult, route } from "@/lib/api/route";
import { adminSecurityEvents } from "@/lib/security-events/admin";

/** The security event log, for admins (everyone else: 404). Filters and paging: lib/security-events/schemas.ts. */
export const GET = route({}, async ({ auth, req }) => {
  const { events, nextCursor, query } = await adminSecurityEvents(auth.user, req.nextUrl.searchParams);
  return new ApiResult(events, { meta: { nextCursor, limit: query.limit } });
});
