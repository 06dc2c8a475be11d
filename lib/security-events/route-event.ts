import type { NextRequest } from "next/server";
import { routePattern } from "@/lib/kernel/route-pattern";
import { canonicalPath } from "@/lib/rate-limit/canonical";
import { resultOfStatus, type SecurityEventKind } from "./kinds";
import { recordSecurityEvent, requestMeta } from "./record";

/** A route's security event: a fixed kind, or chosen per request from its path params and query (null: none). */
export type RouteSecurityEvent =
  SecurityEventKind | ((params: Record<string, string | string[]>, req: NextRequest) => SecurityEventKind | null);

export interface RouteOutcome {
  req: NextRequest;
  params: Record<string, string | string[]>;
  userId: string | null;
  status: number;
  /** The `id` of what the route answered (a new token, an imported project). */
  resultId: string | null;
}

const VALUE_MAX = 200;

/** Records the outcome of a route declaring `securityEvent`, without delaying its answer. */
export function recordRouteEvent(event: RouteSecurityEvent, outcome: RouteOutcome): void {
  const { req, params, status, resultId } = outcome;
  const kind = typeof event === "function" ? event(params, req) : event;
  if (!kind) return;
  const query = Object.fromEntries([...req.nextUrl.searchParams].map(([k, v]) => [k.slice(0, VALUE_MAX), v.slice(0, VALUE_MAX)]));
  void recordSecurityEvent({
    kind,
    result: resultOfStatus(status),
    userId: outcome.userId,
    ...requestMeta(req.headers),
    detail: {
      route: routePattern(canonicalPath(req.nextUrl.pathname) ?? req.nextUrl.pathname),
      status,
      ...(Object.keys(params).length > 0 && { params }),
      ...(Object.keys(query).length > 0 && { query }),
      ...(resultId && { id: resultId }),
    },
  });
}

/** The `id` field of a handler's result, when it has one. */
export function resultIdOf(data: unknown): string | null {
  const id = typeof data === "object" && data !== null ? (data as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : null;
}
