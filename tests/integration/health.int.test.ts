import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type RunningServer } from "../support/server";

describe("health endpoints", () => {
  const baseUrl = inject("baseUrl");

  it("/health reports ok with both checks, version and timestamp", async () => {
    const res = await fetch(`${baseUrl}/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", checks: { database: { status: "ok" }, cache: { status: "ok" } } });
    expect(typeof body.version).toBe("string");
    expect(Number.isNaN(Date.parse(body.timestamp))).toBe(false);
  });

  it("/health/ready equals /health and /health/live needs no dependency", async () => {
    expect((await fetch(`${baseUrl}/health/ready`)).status).toBe(200);
    const live = await fetch(`${baseUrl}/health/live`);
    expect(live.status).toBe(200);
    expect((await live.json()).status).toBe("ok");
  });

  describe("with the database unreachable", () => {
    let server: RunningServer;
    beforeAll(async () => {
      // Nothing listens on port 1: every connection is refused.
      server = await startServer(3191, { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/none", REDIS_URL: inject("redisUrl") });
    });
    afterAll(() => server?.stop());

    it("answers 503 with the database check failed and the cache ok", async () => {
      const res = await fetch(`${server.url}/health`);
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body.status).toBe("error");
      expect(body.checks.database.status).toBe("error");
      expect(body.checks.cache.status).toBe("ok");
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    });

    it("answers API calls with 503 in the envelope, not 500", async () => {
      const res = await fetch(`${server.url}/api/v1/auth/register`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "a@b.co", password: "genteng-bocor-77", name: "A" }),
      });
      expect(res.status).toBe(503);
      expect((await res.json()).error.code).toBe("SERVICE_UNAVAILABLE");
    });

    it("keeps liveness up", async () => {
      expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
    });
  });
});
