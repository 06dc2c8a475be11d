import { STATUS_CODES } from "node:http";
import { describe, expect, it } from "vitest";
import { ApiError, ERROR_STATUS, type ErrorCode } from "@/lib/kernel/errors";
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

  // The HTTP spec's meaning of each status, as Node names it (RFC 9110 reason phrases): a code
  // bound to the wrong status reads as a different sentence.
  const CODES = Object.keys(ERROR_STATUS) as ErrorCode[];
  const reasonOf = (code: ErrorCode) => STATUS_CODES[new ApiError(code).status];

  it("answers each code with the status whose meaning the code names", () => {
    expect(reasonOf("VALIDATION_ERROR")).toBe("Bad Request");
    expect(reasonOf("UNAUTHENTICATED")).toBe("Unauthorized");
    expect(reasonOf("RATE_LIMIT_EXCEEDED")).toBe("Too Many Requests");
    expect(reasonOf("INTERNAL_ERROR")).toBe("Internal Server Error");
    const literal = CODES.filter((c) => !["VALIDATION_ERROR", "UNAUTHENTICATED", "RATE_LIMIT_EXCEEDED", "INTERNAL_ERROR"].includes(c));
    for (const code of literal) expect(reasonOf(code)?.toUpperCase().replace(/ /g, "_"), code).toBe(code);
  });

  it("gives each status one code, and blames the server only for server faults", () => {
    const statuses = CODES.map((c) => new ApiError(c).status);
    expect(new Set(statuses).size).toBe(CODES.length);
    const serverSide = CODES.filter((c) => new ApiError(c).status >= 500);
    expect(serverSide.sort()).toEqual(["INTERNAL_ERROR", "SERVICE_UNAVAILABLE"]);
  });

  it.each(CODES)("answers %s in the envelope, with the status ApiError carries", async (code) => {
    const res = errorResponse(code, "req-9");
    expect(res.status).toBe(new ApiError(code).status);
    const body = await res.json();
    expect(body).toEqual({ ok: false, error: { code, message: expect.any(String), requestId: "req-9" } });
    expect(body.error.message).toBe(new ApiError(code).message);
    expect(body.error.message.length).toBeGreaterThan(10);
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
