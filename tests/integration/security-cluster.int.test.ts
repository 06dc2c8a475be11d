// Security suite, worker deaths: kill -9 a cluster worker while clients keep connecting.
// Every request must end (an answer or a closed connection) within seconds, the worker
// comes back, /metrics counts the restart, and a crash loop stops the primary.
import { execFileSync } from "node:child_process";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiClient } from "../support/api";
import { startServer, type RunningServer } from "../support/server";

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

function workerPids(primary: number): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=", "--ppid", String(primary)], { encoding: "utf8" })
      .split("\n")
      .map((s) => Number(s.trim()))
      .filter((n) => n > 0);
  } catch {
    return []; // ps exits 1 when there are none
  }
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
    cluster = await startServer(PORT, clusterEnv(), { script: "tests/support/cluster-entry.ts", captureOutput: true });
    await waitFor(() => workerPids(cluster.child.pid!).length === 2, 60_000).catch((e: Error) => {
      throw new Error(`${e.message}: ${cluster.output()}`);
    });
  });
  afterAll(() => cluster?.stop());

  it("leaves no connection hanging, replaces the worker and counts each restart", async () => {
    const kills = 3;
    for (let round = 1; round <= kills; round++) {
      const before = workerPids(cluster.child.pid!);
      const running = load(2_000, token);
      await new Promise((r) => setTimeout(r, 700));
      process.kill(before[0]!, "SIGKILL");
      const { results, hung } = await running;
      expect(hung, `round ${round}: requests that never ended`).toEqual([]);
      const slow = results.filter((r) => r.ms > SETTLE_LIMIT_MS);
      expect(slow, `round ${round}: requests that took over ${SETTLE_LIMIT_MS} ms to end`).toEqual([]);
      expect(results.filter((r) => r.outcome === "200").length).toBeGreaterThan(0);
      await waitFor(() => {
        const now = workerPids(cluster.child.pid!);
        return now.length === 2 && !now.includes(before[0]!);
      });
      await waitFor(async () => (await fetch(`http://127.0.0.1:${PORT}/health/live`)).ok);
    }
    // Every worker answers /metrics with the primary's count, whichever gets the connection.
    for (let i = 0; i < 4; i++) expect(await restartsMetric()).toBe(kills);
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
        await waitFor(() => workerPids(cluster.child.pid!).length > 0);
        process.kill(workerPids(cluster.child.pid!)[0]!, "SIGKILL");
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(await exited).toBe(1);
      expect(cluster.output()).toMatch(/crash loop/i);
    } finally {
      await cluster.stop();
    }
  });
});
