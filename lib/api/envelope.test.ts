import { describe, expect, it } from "vitest";
import { ApiError, ERROR_STATUS } from "./errors";
import { errorBody, errorResponse, successBody } from "./envelope";

describe("envelope", () => {
  it("wraps data, and meta only when given", () => {
    expect(successBody({ a: 1 })).toEqual({ ok: true, data: { a: 1 } });
    expect(successBody([], { total: 0 })).toEqual({ ok: true, data: [], meta: { total: 0 } });
  });

  it("renders an error with code, message, details and request id", () => {
    const err = ApiError.validation([{ path: "lines.3.koefisien", message: "Harus angka." }]);
    expect(errorBody(err, "req-1")).toEqual({
      ok: false,
      error: {
        code: "VALIDATION_ERROR",
        message: "Data yang dikirim tidak valid.",
        details: { fields: [{ path: "lines.3.koefisien", message: "Harus angka." }] },
        requestId: "req-1",
      },
    });
  });

  it("omits details when there are none", () => {
    expect(errorBody(ApiError.notFound(), "r").error).not.toHaveProperty("details");
  });

  it("maps every code to its documented status", () => {
    expect(ERROR_STATUS).toEqual({
      VALIDATION_ERROR: 400,
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      METHOD_NOT_ALLOWED: 405,
      CONFLICT: 409,
      LENGTH_REQUIRED: 411,
      PAYLOAD_TOO_LARGE: 413,
      UNSUPPORTED_MEDIA_TYPE: 415,
      RATE_LIMIT_EXCEEDED: 429,
      INTERNAL_ERROR: 500,
      SERVICE_UNAVAILABLE: 503,
    });
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      expect(new ApiError(code as keyof typeof ERROR_STATUS).status).toBe(status);
    }
  });

  it("builds a standalone error response with request id header", async () => {
    const res = errorResponse("RATE_LIMIT_EXCEEDED", "abc", { headers: { "Retry-After": "5" } });
    expect(res.status).toBe(429);
    expect(res.headers.get("x-request-id")).toBe("abc");
    expect(res.headers.get("retry-after")).toBe("5");
    expect(res.headers.get("content-type")).toContain("application/json");
    expect((await res.json()).error.code).toBe("RATE_LIMIT_EXCEEDED");
  });
});
