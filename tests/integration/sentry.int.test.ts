import http from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiClient } from "../support/api";
import { startServer, type RunningServer } from "../support/server";

/** A stand-in Sentry ingest: collects envelope bodies posted by the SDK. */
function fakeSentry(port: number) {
  const envelopes: string[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      envelopes.push(body);
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  return { envelopes, start: () => new Promise<void>((r) => server.listen(port, "127.0.0.1", r)), stop: () => server.close() };
}

describe("unexpected errors", () => {
  const ingest = fakeSentry(3199);
  let server: RunningServer;

  beforeAll(async () => {
    await ingest.start();
    server = await startServer(3198, {
      DATABASE_URL: inject("databaseUrl"),
      REDIS_URL: inject("redisUrl"),
      DIAGNOSTICS_ENABLED: "true",
      SENTRY_DSN: "http://publickey@127.0.0.1:3199/1",
    });
  });
  afterAll(async () => {
    await server?.stop();
    ingest.stop();
  });

  // One failure only: Sentry's dedupe drops a second identical error, by design.
  it("answers a generic 500 that leaks nothing, and reports it with request id and user id", async () => {
    const user = await apiClient(inject("baseUrl")).newUser("err");
    const res = await apiClient(server.url).call("/api/v1/diagnostics/error", { token: user.token });
    const requestId = res.headers.get("x-request-id")!;
    expect(res.status).toBe(500);
    expect(res.body.error).toEqual({
      code: "INTERNAL_ERROR",
      message: "Terjadi kesalahan pada server. Silakan coba lagi.",
      requestId,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/SELECT|\/srv|\.ts|at /);

    const deadline = Date.now() + 10_000;
    let event: string | undefined;
    while (!event && Date.now() < deadline) {
      event = ingest.envelopes.find((e) => e.includes(requestId));
      if (!event) await new Promise((r) => setTimeout(r, 200));
    }
    expect(event).toBeDefined();
    expect(event).toContain("diagnostic failure");
    expect(event).toContain(user.id);
    expect(event).not.toContain(user.email);
    expect(event).not.toContain(user.token);
  });

  it("is absent when diagnostics are off", async () => {
    const user = await apiClient(inject("baseUrl")).newUser("diag");
    const res = await apiClient(inject("baseUrl")).call("/api/v1/diagnostics/error", { token: user.token });
    expect(res.status).toBe(404);
  });
});
