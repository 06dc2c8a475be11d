import { errorResponse } from "./envelope";
import { allowedMethods, type RouteMethods } from "./route-methods";

/** The API's route table as JSON, compiled in by next.config.ts (`compiler.defineServer`) at build time. */
declare const __API_ROUTE_METHODS__: string;
let table: RouteMethods | undefined;

const PREFIX = "/api/v1/";

/**
 * Next answers a method a route file does not export with an empty 405. This answers it in
 * the envelope instead, with the route's `Allow`, before the request goes further.
 */
export function methodNotAllowed(method: string, pathname: string, requestId: string): Response | null {
  if (!pathname.startsWith(PREFIX)) return null;
  table ??= JSON.parse(__API_ROUTE_METHODS__) as RouteMethods;
  const allow = allowedMethods(table, pathname.slice(PREFIX.length - 1));
  if (!allow || allow.includes(method)) return null;
  return errorResponse("METHOD_NOT_ALLOWED", requestId, { headers: { Allow: allow.join(", ") } });
}
