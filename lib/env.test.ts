import { describe, expect, it } from "vitest";
import { buildEnv, EnvError, logLevelOf, parseEnv } from "./env";

const base = { DATABASE_URL: "postgresql://u@localhost:5432/db" };

describe("parseEnv", () => {
  it("applies defaults in development", () => {
    const env = parseEnv(base);
    expect(env.NODE_ENV).toBe("development");
    expect(env.DATABASE_POOL_SIZE).toBe(5);
    expect(env.NEXTAUTH_URL).toBe("http://localhost:3000");
  });

  it("fails fast with a readable list of problems", () => {
    expect(() => parseEnv({ DATABASE_URL: "nope", RATE_LIMIT_WRITE: "20" })).toThrowError(EnvError);
    try {
      parseEnv({ DATABASE_URL: "nope", RATE_LIMIT_WRITE: "20" });
    } catch (e) {
      expect((e as Error).message).toMatch(/DATABASE_URL/);
      expect((e as Error).message).toMatch(/RATE_LIMIT_WRITE/);
    }
  });

  it("reads the crash-loop limit as deaths per seconds, 5/60 by default, and refuses nonsense", () => {
    expect(parseEnv(base).WORKER_CRASH_LIMIT).toEqual({ deaths: 5, seconds: 60 });
    expect(parseEnv({ ...base, WORKER_CRASH_LIMIT: "3/10" }).WORKER_CRASH_LIMIT).toEqual({ deaths: 3, seconds: 10 });
    for (const bad of ["0/60", "5", "5/0", "-1/60", "a/b"]) {
      expect(() => parseEnv({ ...base, WORKER_CRASH_LIMIT: bad }), bad).toThrowError(/WORKER_CRASH_LIMIT/);
    }
  });

  it("reads rate limits as requests per seconds", () => {
    expect(parseEnv({ ...base, RATE_LIMIT_WRITE: "50/30" }).RATE_LIMIT_WRITE).toEqual({ requests: 50, seconds: 30 });
    expect(parseEnv(base).RATE_LIMIT_WRITE).toBeUndefined();
  });

  it.each([
    "RATE_LIMIT_READ",
    "RATE_LIMIT_POLL",
    "RATE_LIMIT_WRITE",
    "RATE_LIMIT_EXPORT",
    "RATE_LIMIT_BULK",
    "RATE_LIMIT_REGISTER",
    "RATE_LIMIT_LOGIN_ACCOUNT",
    "RATE_LIMIT_LOGIN_IP",
    "RATE_LIMIT_PASSWORD_RESET",
    "RATE_LIMIT_PASSWORD_RESET_EMAIL",
  ])("refuses a %s the limiter could not use, at start-up, saying the format", (name) => {
    for (const bad of ["0/60", "10/0", "abc", "20", "-1/60", "20/60s"]) {
      expect(() => parseEnv({ ...base, [name]: bad }), bad).toThrowError(
        new RegExp(`${name}: format <jumlah>/<detik>, keduanya minimal 1, mis\\. 20/60`),
      );
    }
  });

  it("takes SMTP_URL only as smtp:// or smtps://, and MAIL_FROM only with an address", () => {
    expect(parseEnv({ ...base, SMTP_URL: "smtps://u:p@mail.example.id:465" }).SMTP_URL).toBe("smtps://u:p@mail.example.id:465");
    expect(parseEnv(base).SMTP_URL).toBeUndefined();
    expect(() => parseEnv({ ...base, SMTP_URL: "https://mail.example.id" })).toThrowError(/SMTP_URL: .*smtp:\/\//);
    expect(() => parseEnv({ ...base, MAIL_FROM: "RAB AHSP" })).toThrowError(/MAIL_FROM/);
  });

  it("makes missing secrets fatal in production", () => {
    expect(() => parseEnv({ ...base, NODE_ENV: "production" })).toThrowError(/NEXTAUTH_SECRET[\s\S]*REDIS_URL/);
  });

  it("accepts production with secrets, or an explicit memory rate-limit store", () => {
    const secret = "x".repeat(32);
    expect(parseEnv({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: secret, REDIS_URL: "redis://r:6379" }).NODE_ENV).toBe("production");
    expect(parseEnv({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: secret, RATE_LIMIT_STORE: "memory" }).RATE_LIMIT_STORE).toBe(
      "memory",
    );
  });

  it("switches the diagnostics fixtures off unless asked", () => {
    expect(parseEnv(base).DIAGNOSTICS_ENABLED).toBe("false");
    expect(parseEnv({ ...base, DIAGNOSTICS_ENABLED: "true" }).DIAGNOSTICS_ENABLED).toBe("true");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ ...base, REDIS_URL: "" }).REDIS_URL).toBeUndefined();
  });
});

describe("logLevelOf", () => {
  it("reads LOG_LEVEL without throwing, so the logger can report a broken configuration", () => {
    expect(logLevelOf({ LOG_LEVEL: "debug" })).toBe("debug");
    expect(logLevelOf({})).toBe("info");
    expect(logLevelOf({ LOG_LEVEL: "" })).toBe("info");
    expect(logLevelOf({ LOG_LEVEL: "loud" })).toBe("info");
  });
});

describe("buildEnv", () => {
  it("needs no runtime secrets, and leaves the test routes out unless RAB_TEST_ROUTES=1", () => {
    expect(buildEnv({})).toEqual({ NODE_ENV: "development", NEXT_DIST_DIR: ".next", RAB_TEST_ROUTES: false });
    expect(buildEnv({ RAB_TEST_ROUTES: "1", NEXT_DIST_DIR: ".next-a" })).toMatchObject({ NEXT_DIST_DIR: ".next-a", RAB_TEST_ROUTES: true });
    expect(() => buildEnv({ RAB_TEST_ROUTES: "yes" })).toThrowError(/RAB_TEST_ROUTES/);
  });
});
