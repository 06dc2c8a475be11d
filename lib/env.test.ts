import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

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

  it("makes missing secrets fatal in production", () => {
    expect(() => parseEnv({ ...base, NODE_ENV: "production" })).toThrowError(/NEXTAUTH_SECRET[\s\S]*REDIS_URL/);
  });

  it("accepts production with secrets, or an explicit memory rate-limit store", () => {
    const secret = "x".repeat(32);
    expect(parseEnv({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: secret, REDIS_URL: "redis://r:6379" }).NODE_ENV).toBe(
      "production",
    );
    expect(parseEnv({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: secret, RATE_LIMIT_STORE: "memory" }).RATE_LIMIT_STORE).toBe(
      "memory",
    );
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ ...base, REDIS_URL: "" }).REDIS_URL).toBeUndefined();
  });
});
