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
});
