// Security suite, worker deaths: kill -9 a cluster worker while clients keep connecting.
// Every request must end (an answer or a closed connection) within seconds, the worker
// comes back, /metrics counts the restart, and a crash loop stops the primary.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiClient } from "../support/api";
import { clusterWorkerPids, startServer, type RunningServer } from "../support/server";

const PORT = 3561;
const METRICS_TOKEN = "cluster-metrics-token-0123456789";
const SETTLE_LIMIT_MS = 5_000;

function clusterEnv(extra: Record<string, string> = {}) {
  return {
    DATABASE_URL: inject("databaseUrl"),
    REDIS_URL: inject("redisUrl"),
    WEB_CONCURRENCY: "2",
    METRICS_TOKEN,
    DIAGNOSTICS_ENABLED: "true",
    ...extra,
  };
}

/**
 * Waits until a worker forked after `since` answers: its uptime is shorter than the time since.
 * (How the kernel or the primary spreads connections differs by scheduling policy; a young
 * enough uptime proves the replacement serves in both.)
 */
async function replacementServes(since: number) {
  await waitFor(async () => (await liveUptimeSeconds()) * 1000 <= Date.now() - since + 500, 60_000);
}

/** /health/live's uptime on a connection of its own, so each poll may reach another worker; Infinity when it fails or hangs. */
function liveUptimeSeconds(): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port: PORT, path: "/health/live", agent: false, timeout: 3_000 }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(res.statusCode === 200 ? (JSON.parse(body) as { uptimeSeconds: number }).uptimeSeconds : Infinity));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(Infinity));
  });
}

/** One request on its own connection; resolves with how long it took to end, whatever the ending. */
function timedRequest(path: string, token: string): Promise<{ ms: number; outcome: string }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const done = (outcome: string) => resolve({ ms: Date.now() - started, outcome });
    const req = http.get({ host: "127.0.0.1", port: PORT, path, agent: false, headers: { authorization: `Bearer ${token}` } }, (res) => {
      res.resume();
      res.on("end", () => done(String(res.statusCode)));
      res.on("error", () => done("reset"));
    });
    req.on("error", (e: NodeJS.ErrnoException) => done(e.code ?? "error"));
  });
}

/** Clients opening connections back to back for `ms`, half to a slow route so some are in flight at the kill. */
async function load(ms: number, token: string, clients = 12) {
  const deadline = Date.now() + ms;
  const results: { ms: number; outcome: string }[] = [];
  const hung: string[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      while (Date.now() < deadline) {
        const path = c % 2 ? "/api/v1/diagnostics/slow?ms=300" : "/api/v1/me";
        const result = await Promise.race([
          timedRequest(path, token),
          new Promise<null>((r) => setTimeout(() => r(null), SETTLE_LIMIT_MS + 3_000)),
        ]);
        if (result) results.push(result);
        else hung.push(path);
      }
    }),
  );
  return { results, hung };
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("timed out waiting");
}

async function restartsMetric(): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${PORT}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const match = /^worker_restarts_total (\d+)/m.exec(text);
  return match ? Number(match[1]) : -1;
}

describe("a worker killed under load", () => {
  let cluster: RunningServer;
  let token: string;
  beforeAll(async () => {
    token = (await apiClient(inject("baseUrl")).newUser("cluster-kill")).token;
    // 4 deaths in this test: well under its crash-loop limit.
    cluster = await startServer(PORT, clusterEnv({ WORKER_CRASH_LIMIT: "10/60" }), { script: "tests/support/cluster-entry.ts" });
    // Round 0, without load: once the replacement serves, so does the other (older) worker.
    await waitFor(() => clusterWorkerPids(cluster.child.pid!).length === 2, 60_000);
    const killedAt = Date.now();
    process.kill(clusterWorkerPids(cluster.child.pid!)[0]!, "SIGKILL");
    await replacementServes(killedAt);
  });
  afterAll(() => cluster?.stop());

  it("leaves no connection hanging, replaces the worker and counts each restart", async () => {
    const rounds = 3;
    for (let round = 1; round <= rounds; round++) {
      const before = clusterWorkerPids(cluster.child.pid!);
      const running = load(2_000, token);
      await new Promise((r) => setTimeout(r, 700));
      const killedAt = Date.now();
      process.kill(before[0]!, "SIGKILL");
      const { results, hung } = await running;
      expect(hung, `round ${round}: requests that never ended`).toEqual([]);
      const slow = results.filter((r) => r.ms > SETTLE_LIMIT_MS);
      expect(slow, `round ${round}: requests that took over ${SETTLE_LIMIT_MS} ms to end`).toEqual([]);
      expect(results.filter((r) => r.outcome === "200").length).toBeGreaterThan(0);
      // The next round may kill the other worker: the replacement must be serving by then.
      await replacementServes(killedAt);
    }
    // Every worker answers /metrics with the primary's count (round 0 and 3 rounds), whichever gets the connection.
    for (let i = 0; i < 4; i++) expect(await restartsMetric()).toBe(rounds + 1);
  });
});

describe("a crash loop", () => {
  it("stops the primary with a non-zero exit and says why", async () => {
    const cluster = await startServer(PORT, clusterEnv({ WORKER_CRASH_LIMIT: "2/60" }), {
      script: "tests/support/cluster-entry.ts",
      captureOutput: true,
    });
    const exited = new Promise<number | null>((resolve) => cluster.child.once("exit", (code) => resolve(code)));
    try {
      for (let kill = 0; kill < 3; kill++) {
        await waitFor(() => clusterWorkerPids(cluster.child.pid!).length > 0);
        process.kill(clusterWorkerPids(cluster.child.pid!)[0]!, "SIGKILL");
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(await exited).toBe(1);
      expect(cluster.output()).toMatch(/crash loop/i);
    } finally {
      await cluster.stop();
    }
  });
});
