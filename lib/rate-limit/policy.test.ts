import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import {
  categorize,
  DEFAULT_LIMITS,
  DEFAULT_LOGIN_LIMITS,
  DEFAULT_RESET_EMAIL_LIMIT,
  limitsFromEnv,
  loginLimitsFromEnv,
  resetEmailLimitFromEnv,
} from "./policy";

describe("categorize", () => {
  it.each([
    ["GET", "/api/v1/projects", "read"],
    ["HEAD", "/api/v1/me", "read"],
    ["GET", "/api/v1/projects/p1/changes", "poll"],
    ["GET", "/api/v1/projects/p1/changes/x", "read"],
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
    ["POST", "/api/v1/ahsp/resolve", "read"],
    ["POST", "/api/v1/projects/p1/pekerjaan/batch", "write"],
    ["POST", "/api/v1/projects/upload", "bulk"],
    ["GET", "/api/v1/projects/export", "export"],
    ["GET", "/api/v1/projects/stats", "read"],
    ["POST", "/api/v1/projects/bulk", "write"],
    ["POST", "/api/v1/auth/register", "register"],
    ["POST", "/api/v1/auth/password-reset", "password_reset"],
    ["POST", "/api/v1/auth/password-reset/confirm", "password_reset"],
  ])("%s %s → %s", (method, path, category) => {
    expect(categorize(method, path)).toBe(category);
  });

  it("leaves pages, health and next-auth's own reads unlimited", () => {
    expect(categorize("GET", "/dashboard")).toBeNull();
    expect(categorize("GET", "/health")).toBeNull();
    expect(categorize("GET", "/api/auth/session")).toBeNull();
  });

  it("leaves sign-in and the token exchange to the failed-login limits", () => {
    expect(categorize("POST", "/api/v1/auth/tokens")).toBeNull();
    expect(categorize("POST", "/api/auth/callback/credentials")).toBeNull();
  });
});

// Through parseEnv, as the server reads them: the spec strings are parsed (and refused) only there.
const parsed = (settings: Record<string, string>) => parseEnv({ DATABASE_URL: "postgresql://u@localhost/db", ...settings });

describe("limitsFromEnv", () => {
  it("uses the documented defaults", () => {
    expect(limitsFromEnv(parsed({}))).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS.write).toEqual({ limit: 20, windowSeconds: 60 });
    expect(DEFAULT_LIMITS.bulk).toEqual({ limit: 5, windowSeconds: 300 });
  });

  it("lets 50 open pages of one user poll the change feed every 5 s without a refusal", () => {
    const { limit, windowSeconds } = DEFAULT_LIMITS.poll;
    expect(limit).toBeGreaterThanOrEqual(50 * (windowSeconds / 5));
  });

  it("overrides a category from env", () => {
    expect(limitsFromEnv(parsed({ RATE_LIMIT_WRITE: "50/30" })).write).toEqual({ limit: 50, windowSeconds: 30 });
    expect(limitsFromEnv(parsed({ RATE_LIMIT_BULK: "1/1" })).bulk).toEqual({ limit: 1, windowSeconds: 1 });
  });
});

describe("loginLimitsFromEnv", () => {
  it("defaults to 10 failures per account per 15 minutes and 100 per address per minute", () => {
    expect(loginLimitsFromEnv(parsed({}))).toEqual({ account: { limit: 10, windowSeconds: 900 }, ip: { limit: 100, windowSeconds: 60 } });
    expect(DEFAULT_LOGIN_LIMITS.account.limit).toBe(10);
  });

  it("reads RATE_LIMIT_LOGIN_ACCOUNT and RATE_LIMIT_LOGIN_IP", () => {
    expect(loginLimitsFromEnv(parsed({ RATE_LIMIT_LOGIN_ACCOUNT: "3/60", RATE_LIMIT_LOGIN_IP: "7/30" }))).toEqual({
      account: { limit: 3, windowSeconds: 60 },
      ip: { limit: 7, windowSeconds: 30 },
    });
  });
});

describe("resetEmailLimitFromEnv", () => {
  it("defaults to 3 reset mails per email per 15 minutes and reads RATE_LIMIT_PASSWORD_RESET_EMAIL", () => {
    expect(resetEmailLimitFromEnv(parsed({}))).toEqual({ limit: 3, windowSeconds: 900 });
    expect(DEFAULT_RESET_EMAIL_LIMIT.limit).toBe(3);
    expect(resetEmailLimitFromEnv(parsed({ RATE_LIMIT_PASSWORD_RESET_EMAIL: "1/60" }))).toEqual({ limit: 1, windowSeconds: 60 });
  });
});
