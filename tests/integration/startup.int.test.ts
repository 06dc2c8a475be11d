import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { ROOT, startServer } from "../support/server";

/** Runs scripts/serve.ts with exactly the given env and collects its exit code and output. */
function runServe(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/serve.ts"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", ...env },
    });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe("start-up configuration check", () => {
  it("refuses to start in production without secrets and Redis, naming each problem", async () => {
    const { code, output } = await runServe({ NODE_ENV: "production", PORT: "3181", DATABASE_URL: inject("databaseUrl") });
    expect(code).toBe(1);
    expect(output).toContain("Konfigurasi lingkungan tidak valid");
    expect(output).toContain("NEXTAUTH_SECRET");
    expect(output).toContain("REDIS_URL");
  });

  it("refuses a rate limit the limiter could not use (0 requests, 0 seconds) before serving", async () => {
    const settings = { PORT: "3181", DATABASE_URL: inject("databaseUrl"), NEXTAUTH_SECRET: "s".repeat(32), RATE_LIMIT_STORE: "memory" };
    const { code, output } = await runServe({ ...settings, RATE_LIMIT_WRITE: "0/60", RATE_LIMIT_LOGIN_IP: "10/0" });
    expect(code).toBe(1);
    expect(output).toMatch(/RATE_LIMIT_WRITE: format <jumlah>\/<detik>, keduanya minimal 1/);
    expect(output).toMatch(/RATE_LIMIT_LOGIN_IP: format <jumlah>\/<detik>/);
  });

  it("starts in production without Redis when the memory store is chosen explicitly", async () => {
    const server = await startServer(3182, { DATABASE_URL: inject("databaseUrl"), REDIS_URL: "", RATE_LIMIT_STORE: "memory" });
    try {
      const res = await fetch(`${server.url}/health`);
      expect(res.status).toBe(200);
      expect((await res.json()).checks.cache.detail).toBe("memory");
    } finally {
      await server.stop();
    }
  });
});
