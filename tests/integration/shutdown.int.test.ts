import { describe, expect, inject, it } from "vitest";
import { apiClient } from "../support/api";
import { startServer } from "../support/server";

describe("graceful shutdown", () => {
  it("finishes in-flight requests after SIGTERM, then refuses new ones and exits cleanly", async () => {
    const server = await startServer(3187, {
      DATABASE_URL: inject("databaseUrl"),
      REDIS_URL: inject("redisUrl"),
      DIAGNOSTICS_ENABLED: "true",
    });
    const user = await apiClient(inject("baseUrl")).newUser("drain");
    const exited = new Promise<number | null>((resolve) => server.child.once("exit", (code) => resolve(code)));

    const inFlight = fetch(`${server.url}/api/v1/diagnostics/slow?ms=1500`, {
      headers: { authorization: `Bearer ${user.token}` },
    });
    await new Promise((r) => setTimeout(r, 300));
    server.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 200));

    const refused = await fetch(`${server.url}/health/live`).then(
      () => false,
      () => true,
    );
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect((await res.json()).data).toEqual({ sleptMs: 1500 });
    expect(refused).toBe(true);
    expect(await exited).toBe(0);
  });

  it("closes the pool only after handlers whose client hung up have finished", async () => {
    const server = await startServer(
      3188,
      { DATABASE_URL: inject("databaseUrl"), REDIS_URL: inject("redisUrl"), DIAGNOSTICS_ENABLED: "true", LOG_LEVEL: "info" },
      { captureOutput: true },
    );
    const user = await apiClient(inject("baseUrl")).newUser("drain-abort");
    const exited = new Promise<number | null>((resolve) => server.child.once("exit", (code) => resolve(code)));
    const abort = new AbortController();
    const abandoned = fetch(`${server.url}/api/v1/diagnostics/slow?ms=1000`, {
      headers: { authorization: `Bearer ${user.token}` },
      signal: abort.signal,
    }).catch(() => "aborted");
    await new Promise((r) => setTimeout(r, 300));
    abort.abort();
    expect(await abandoned).toBe("aborted");
    server.child.kill("SIGTERM");
    expect(await exited).toBe(0);
    // The handler ran to its end, its database read after the sleep included, before the pool closed.
    expect(server.output()).toMatch(/"route":"\/api\/v1\/diagnostics\/slow","status":200/);
    expect(server.output()).not.toContain("Cannot use a pool after calling end");
  });
});
