import { ApiError, type ErrorCode, type ErrorDetails, ERROR_STATUS, defaultMessage, RETRY_AFTER_SECONDS } from "@/lib/kernel/errors";

/** The one response shape every route answers with. */
export type SuccessBody<T> = { ok: true; data: T; meta?: Record<string, unknown> };
export type ErrorBody = {
  ok: false;
  error: { code: ErrorCode; message: string; details?: ErrorDetails; requestId: string };
};

export function successBody<T>(data: T, meta?: Record<string, unknown>): SuccessBody<T> {
  return meta ? { ok: true, data, meta } : { ok: true, data };
}

export function errorBody(error: ApiError, requestId: string): ErrorBody {
  const body: ErrorBody["error"] = { code: error.code, message: error.message, requestId };
  if (error.details) body.details = error.details;
  return { ok: false, error: body };
}

export function jsonResponse(body: unknown, status: number, headers?: HeadersInit): Response {
  const h = new Headers(headers);
  h.set("Content-Type", "application/json; charset=utf-8");
  return new Response(JSON.stringify(body), { status, headers: h });
}

/** A thrown ApiError answered outside the route wrapper (middleware, the login guard). */
export function apiErrorResponse(error: ApiError, requestId: string): Response {
  return errorResponse(error.code, requestId, {
    message: error.message,
    ...(error.details && { details: error.details }),
    headers: { "Cache-Control": "no-store" },
  });
}

/** An error response outside the route wrapper (middleware, health), same envelope. */
export function errorResponse(
  code: ErrorCode,
  requestId: string,
  options: { message?: string; details?: ErrorDetails; headers?: HeadersInit } = {},
): Response {
  const error = new ApiError(code, options.message ?? defaultMessage(code), options.details);
  const headers = new Headers(options.headers);
  headers.set("X-Request-Id", requestId);
  // Every 503 says when to come back, wherever it is answered.
  if (ERROR_STATUS[code] === 503) headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  return jsonResponse(errorBody(error, requestId), ERROR_STATUS[code], headers);
}
