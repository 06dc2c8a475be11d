import { describe, expect, inject, it } from "vitest";
import { apiClient } from "../support/api";

const { call, newUser } = apiClient(inject("baseUrl"));

describe("request handling in the route wrapper", () => {
  it("answers 400 for malformed JSON", async () => {
    const res = await call("/api/v1/auth/register", { body: '{"email": "a@b.c",', headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION_ERROR");
    expect(res.body.error.requestId).toBe(res.headers.get("x-request-id"));
  });

  it("answers 415 for a wrong content type", async () => {
    const res = await call("/api/v1/auth/register", {
      body: JSON.stringify({ email: "x@y.z", password: "12345678", name: "x" }),
      headers: { "content-type": "text/plain" },
    });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("answers 413 for an oversized body, declared or streamed", async () => {
    const big = JSON.stringify({ email: "x@y.z", password: "12345678", name: "x".repeat(2_000_000) });
    const res = await call("/api/v1/auth/register", { body: big, headers: { "content-type": "application/json" } });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers 400 for fields of the wrong type and unknown fields", async () => {
    const user = await newUser("types");
    const res = await call("/api/v1/me/tokens", { token: user.token, json: { name: 42, extra: true } });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toContain("name");
    expect(res.body.error.details.fields.length).toBeGreaterThanOrEqual(2);
  });

  it("answers 404 in the envelope for a malformed id in the path", async () => {
    const user = await newUser("badid");
    const res = await call("/api/v1/me/tokens/not-a-uuid", { method: "DELETE", token: user.token });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("NOT_FOUND");
  });

  it("keeps a caller-supplied request id", async () => {
    const res = await call("/api/v1/me", { headers: { "x-request-id": "trace-abc-12345" } });
    expect(res.headers.get("x-request-id")).toBe("trace-abc-12345");
    expect(res.body.error.requestId).toBe("trace-abc-12345");
  });
});
