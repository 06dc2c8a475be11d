// Security suite, database outage: while PostgreSQL is unreachable every API route answers
// 503 SERVICE_UNAVAILABLE with Retry-After in the envelope (never a 500), however the caller
// authenticates; when the database is back, the same requests succeed again.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiClient, type ApiResponse } from "../support/api";
import { concretePath, declaredApiRoutes } from "../support/api-routes";
import { expectSafeError } from "../support/security";
import { startServer, TEST_PG, type RunningServer } from "../support/server";
import { sessionCookie } from "../support/session";
import { TcpProxy } from "../support/tcp-proxy";

const PROXY_PORT = 3564;

describe("the database going away", () => {
  const pg = new URL(TEST_PG);
  const proxy = new TcpProxy(PROXY_PORT, { host: pg.hostname, port: Number(pg.port || 5432) });
  let server: RunningServer;
  let user: Awaited<ReturnType<ReturnType<typeof apiClient>["newUser"]>>;
  let cookie: string;

  beforeAll(async () => {
    await proxy.start();
    const proxied = new URL(inject("databaseUrl"));
    proxied.host = `127.0.0.1:${PROXY_PORT}`;
    server = await startServer(3563, { DATABASE_URL: proxied.toString(), REDIS_URL: inject("redisUrl") });
    user = await apiClient(server.url).newUser("outage");
    cookie = await sessionCookie(server.url, user.email, user.password);
  });
  afterAll(async () => {
    await server?.stop();
    await proxy.stop();
  });

  function expectUnavailable(res: ApiResponse, what: string) {
    expect(res.status, what).toBe(503);
    expectSafeError(res, 503);
    expect(res.body.error.code, what).toBe("SERVICE_UNAVAILABLE");
    expect(Number(res.headers.get("retry-after")), what).toBeGreaterThan(0);
  }

  it("answers 503 with Retry-After on every route, bearer, cookie or anonymous, then recovers", async () => {
    const { call } = apiClient(server.url);
    expect((await call("/api/v1/me", { token: user.token })).status).toBe(200);
    await proxy.stop();

    for (const r of declaredApiRoutes().filter((d) => d.method === "GET")) {
      expectUnavailable(await call(concretePath(r.pattern), { token: user.token }), `bearer ${r.key}`);
    }
    expectUnavailable(await call("/api/v1/me", { headers: { cookie } }), "session cookie");
    expectUnavailable(await call("/api/v1/projects", { token: user.token, json: { name: "x" } }), "bearer write");
    expectUnavailable(
      await call("/api/v1/auth/register", { json: { email: "saat-padam@test.local", password: "genteng-bocor-77", name: "Padam" } }),
      "registration",
    );
    expectUnavailable(
      await call("/api/v1/auth/tokens", { json: { email: user.email, password: user.password, name: "x" } }),
      "token exchange",
    );
    const form = new URLSearchParams({ email: user.email, password: user.password, csrfToken: "x" }).toString();
    expectUnavailable(
      await call("/api/auth/callback/credentials", {
        method: "POST",
        body: form,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
      "browser sign-in",
    );

    await proxy.start();
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await call("/api/v1/me", { token: user.token })).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    expect((await call("/api/v1/me", { headers: { cookie } })).status).toBe(200);
  });
});
