import type { NextRequest } from "next/server";
import type { ZodType } from "zod";
import { ApiError } from "@/lib/kernel/errors";
import { apiErrorResponse, errorBody, jsonResponse, successBody } from "./envelope";
import { assertStorableText, readJsonBody, requestIdOf } from "./request";
import { routePattern } from "@/lib/kernel/route-pattern";
import { assertSameOrigin } from "./csrf";
import { mapKnownError } from "@/lib/db/error-mapping";
import { zodFieldErrors } from "@/lib/kernel/zod";
import { authenticate, type Authenticated } from "@/lib/auth/request-auth";
import { env } from "@/lib/env";
import { reportError } from "@/lib/observability/errors";
import { recordRequest } from "@/lib/observability/request-log";
import { requireProjectAccess, type ProjectRef } from "@/lib/projects/access";
import { etagOf, parseIfMatch, VersionGuard } from "@/lib/kernel/change-version";
import type { AccessNeed } from "@/lib/projects/roles";
import { recordRouteEvent, resultIdOf, type RouteSecurityEvent } from "@/lib/security-events/route-event";

type Schema<T> = ZodType<T, unknown>;

export interface ProjectAccessConfig {
  need?: AccessNeed;
  includeArchived?: boolean;
}

interface RouteConfig<P, Q, B> {
  /** "user" (default) requires a session or bearer token; "none" is public. */
  auth?: "user" | "none";
  params?: Schema<P>;
  query?: Schema<Q>;
  body?: Schema<B>;
  maxBodyBytes?: number;
  /** Status of a successful answer, e.g. 201 for creations. */
  status?: number;
  /**
   * Routes under /projects/{projectId}: the role the route needs (lib/projects/roles.ts;
   * default "view" for GET and HEAD, "edit" for everything else) and whether an archived
   * project answers too. Access is checked before the body is read.
   */
  project?: ProjectAccessConfig;
  /** Records each answer as a security event of this kind (lib/security-events), success or not. */
  securityEvent?: RouteSecurityEvent;
}

export interface RouteContext<P, Q, B, A> {
  req: NextRequest;
  requestId: string;
  params: P;
  query: Q;
  body: B;
  auth: A;
  /** Set when the route declares `project`: the caller's project, with their role on it. */
  project: ProjectRef;
  /**
   * Set when the route declares `project`: the request's If-Match, already checked against the
   * version the access check read; write services check it again under the project lock
   * (`actorOf(ctx)` hands it to them) and report the version they committed.
   */
  version: VersionGuard;
}

/** A handler may return plain data, data with meta/status, or a ready Response (files). */
export class ApiResult<T> {
  constructor(
    readonly data: T,
    readonly options: { meta?: Record<string, unknown>; status?: number; headers?: HeadersInit } = {},
  ) {}
}

type NextContext = { params: Promise<Record<string, string | string[]>> };
type Handler<P, Q, B, A> = (ctx: RouteContext<P, Q, B, A>) => Promise<unknown>;

export function route<P = undefined, Q = undefined, B = undefined>(
  config: RouteConfig<P, Q, B> & { auth: "none" },
  handler: Handler<P, Q, B, Authenticated | null>,
): (req: NextRequest, ctx: NextContext) => Promise<Response>;
export function route<P = undefined, Q = undefined, B = undefined>(
  config: RouteConfig<P, Q, B>,
  handler: Handler<P, Q, B, Authenticated>,
): (req: NextRequest, ctx: NextContext) => Promise<Response>;

/**
 * The one wrapper every API route goes through: request id, authentication, CSRF for
 * cookie sessions, zod parsing of params/query/body, the envelope, error mapping, logging.
 * Project routes: the access check, If-Match (412 on a stale one) and the ETag of the answer.
 */
export function route<P, Q, B>(config: RouteConfig<P, Q, B>, handler: Handler<P, Q, B, Authenticated>) {
  return async (req: NextRequest, nextCtx: NextContext): Promise<Response> => {
    const started = performance.now();
    const requestId = requestIdOf(req);
    let auth: Authenticated | null = null;
    let response: Response;
    let resultId: string | null = null;
    // Routes without dynamic segments get no params at all.
    const rawParams = (await nextCtx.params) ?? {};
    try {
      auth = await authenticate(req);
      if (config.auth !== "none" && !auth) throw new ApiError("UNAUTHENTICATED");
      if (auth?.method === "session") assertSameOrigin(req, new URL(env().NEXTAUTH_URL).origin);
      const project = config.project
        ? await requireProjectAccess(auth!.user.id, String(rawParams.projectId ?? ""), projectAccess(config.project, req.method))
        : (undefined as unknown as ProjectRef);
      const version = project ? precondition(req, project) : (undefined as unknown as VersionGuard);
      const ctx = {
        req,
        requestId,
        // Non-null unless the route opted into `auth: "none"`, whose handler type allows null.
        auth: auth as Authenticated,
        project,
        version,
        params: parsePart(config.params, rawParams, "params"),
        query: config.query ? parsePart(config.query, storableQuery(req), "query") : (undefined as Q),
        body: config.body
          ? parsePart(config.body, await readJsonBody(req, config.maxBodyBytes ?? env().MAX_JSON_BODY_BYTES), "")
          : (undefined as B),
      };
      const result = await handler(ctx);
      resultId = resultIdOf(result instanceof ApiResult ? result.data : result);
      response = toResponse(result, config.status ?? 200, auth !== null);
      if (project) setVersionHeaders(response.headers, version, project);
    } catch (error) {
      response = errorToResponse(error, requestId, auth?.user.id, req);
    }
    response.headers.set("X-Request-Id", requestId);
    if (config.securityEvent) {
      const userId = auth?.user.id ?? null;
      recordRouteEvent(config.securityEvent, { req, params: rawParams, userId, status: response.status, resultId });
    }
    recordRequest({
      req,
      route: routePattern(req.nextUrl.pathname),
      status: response.status,
      durationMs: performance.now() - started,
      userId: auth?.user.id,
      requestId,
    });
    return response;
  };
}

/** Reads need nothing more than membership; any other method changes something unless the route says otherwise. */
function projectAccess(config: ProjectAccessConfig, method: string) {
  const need = config.need ?? (method === "GET" || method === "HEAD" ? "view" : "edit");
  return { need, includeArchived: config.includeArchived ?? false };
}

/**
 * ETag: the version the answer shows (a write's: the one it committed). A write also names the
 * version it found under the project lock, so a page that sent no If-Match (a grid row with its
 * own editVersion) can tell its own changes from anyone else's in the change feed.
 */
function setVersionHeaders(headers: Headers, version: VersionGuard, project: ProjectRef): void {
  headers.set("ETag", etagOf(version.current(project.changeVersion)));
  if (version.before !== null) headers.set("X-Version-Before", etagOf(version.before));
}

/** The request's If-Match (400 when malformed), refused at once (412) when the project has moved on already. */
function precondition(req: NextRequest, project: ProjectRef): VersionGuard {
  const guard = new VersionGuard(parseIfMatch(req.headers.get("if-match")));
  guard.check(project.changeVersion);
  return guard;
}

function storableQuery(req: NextRequest): Record<string, string> {
  const query = Object.fromEntries(req.nextUrl.searchParams);
  assertStorableText(query, "query");
  return query;
}

function parsePart<T>(schema: Schema<T> | undefined, value: unknown, prefix: string): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = zodFieldErrors(result.error, prefix);
  // A malformed path id can never name an existing row: answer like any missing resource.
  if (prefix === "params") throw ApiError.notFound();
  throw ApiError.validation(fields);
}

function toResponse(result: unknown, defaultStatus: number, authenticated: boolean): Response {
  if (result instanceof Response) return result;
  const { data, options } = result instanceof ApiResult ? result : new ApiResult(result);
  const headers = new Headers(options.headers);
  if (authenticated) headers.set("Cache-Control", "private, no-store");
  return jsonResponse(successBody(data, options.meta), options.status ?? defaultStatus, headers);
}

function errorToResponse(error: unknown, requestId: string, userId: string | undefined, req: NextRequest): Response {
  const apiError = error instanceof ApiError ? error : mapKnownError(error);
  if (!apiError) {
    reportError(error, { requestId, userId, route: routePattern(req.nextUrl.pathname) });
    return jsonResponse(errorBody(new ApiError("INTERNAL_ERROR"), requestId), 500, { "Cache-Control": "no-store" });
  }
  return apiErrorResponse(apiError, requestId);
}
