import { describe, expect, it } from "vitest";
import { categorize, DEFAULT_LIMITS, limitsFromEnv } from "./policy";

describe("categorize", () => {
  it.each([
    ["GET", "/api/v1/projects", "read"],
    ["HEAD", "/api/v1/me", "read"],
    ["POST", "/api/v1/projects", "write"],
    ["PUT", "/api/v1/projects/p1/pekerjaan/k1/lines", "write"],
    ["PATCH", "/api/v1/projects/p1/harga-items", "write"],
    ["DELETE", "/api/v1/projects/p1", "write"],
    ["GET", "/api/v1/projects/p1/exports/rekap-rab.xlsx", "export"],
    ["POST", "/api/v1/projects/p1/copy", "bulk"],
    ["POST", "/api/v1/projects/p1/batch-copy", "bulk"],
    ["POST", "/api/v1/projects/import", "bulk"],
    ["POST", "/api/v1/ahsp/import", "bulk"],
    ["POST", "/api/v1/projects/p1/harga-items/import", "bulk"],
    ["POST", "/api/v1/auth/register", "auth"],
    ["POST", "/api/v1/auth/tokens", "auth"],
    ["POST", "/api/auth/callback/credentials", "auth"],
  ])("%s %s → %s", (method, path, category) => {
    expect(categorize(method, path)).toBe(category);
  });

  it("leaves pages, health and next-auth's own reads unlimited", () => {
    expect(categorize("GET", "/dashboard")).toBeNull();
    expect(categorize("GET", "/health")).toBeNull();
    expect(categorize("GET", "/api/auth/session")).toBeNull();
  });
});

describe("limitsFromEnv", () => {
  it("uses the documented defaults", () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS.write).toEqual({ limit: 20, windowSeconds: 60 });
    expect(DEFAULT_LIMITS.bulk).toEqual({ limit: 5, windowSeconds: 300 });
  });

  it("overrides a category from env", () => {
    expect(limitsFromEnv({ RATE_LIMIT_WRITE: "50/30" }).write).toEqual({ limit: 50, windowSeconds: 30 });
  });

  it("rejects malformed specs with a readable message", () => {
    expect(() => limitsFromEnv({ RATE_LIMIT_READ: "lots" })).toThrowError(/RATE_LIMIT_READ.*20\/60/);
    expect(() => limitsFromEnv({ RATE_LIMIT_READ: "0/60" })).toThrowError(/RATE_LIMIT_READ/);
  });
});
