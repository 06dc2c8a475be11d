/**
 * npm run bench:changes — what the change feed (GET …/changes, README "Perubahan bersamaan")
 * costs the production server: BENCH_CONNECTIONS (50) clients polling as fast as they can, each
 * an open project page of its own member, on one project. Two cases: nothing changed since the
 * page's version (the steady state: no statement beyond authentication and the access check),
 * and a page 50 changes behind (the feed reads and answers 50 entries). The rate limiter is on
 * (Redis round trip included) with the poll limit lifted, so nothing is refused. GET /me, the
 * cheapest authenticated route, runs alongside as the machine's floor.
 */
import { apiClient } from "../../tests/support/api";
import { freshDatabase } from "../../tests/support/database";
import { ensureBuild, startServer, TEST_REDIS } from "../../tests/support/server";
import { load, median, table, type LoadResult } from "./support";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3404);
const REDIS_URL = `${TEST_REDIS}/${process.env.TEST_REDIS_DB ?? 10}`;

async function main() {
  ensureBuild();
  const databaseUrl = await freshDatabase("rab_bench_changes");
  const server = await startServer(PORT, {
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    LOG_LEVEL: "silent",
    RATE_LIMIT_POLL: "100000000/60",
    RATE_LIMIT_READ: "100000000/60",
  });
  try {
    const api = apiClient(server.url);
    const { projectId, token, behind, current } = await arrange(api);
    const run = (path: string) => (): Promise<LoadResult> =>
      load({
        url: `${server.url}${path}`,
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        headers: { authorization: `Bearer ${token}` },
      });
    const cases = {
      "unchanged (since = version)": run(`/api/v1/projects/${projectId}/changes?since=${current}`),
      "50 changes behind": run(`/api/v1/projects/${projectId}/changes?since=${behind}`),
      // The floor on this machine: authentication and the envelope, no project.
      "GET /api/v1/me (floor)": run("/api/v1/me"),
    };
    const results = Object.fromEntries(Object.keys(cases).map((k) => [k, [] as LoadResult[]]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, run] of Object.entries(cases)) results[name]!.push(await run());
    }
    report(results);
  } finally {
    await server.stop();
  }
}

/** A project with 60 audited changes, a viewer polling it, and the versions to poll from. */
async function arrange(api: ReturnType<typeof apiClient>) {
  const [owner, viewer] = [await api.newUser("bench-pemilik"), await api.newUser("bench-peninjau")];
  const send = async (token: string, path: string, json: unknown, status = 201) => {
    const res = await api.call(path, { token, json });
    if (res.status !== status) throw new Error(`${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };
  const created = await send(owner.token, "/api/v1/projects", {
    name: "Bench feed",
    location: "Bandung",
    client: "Dinas",
    fundingSource: "APBD",
    startDate: "2026-01-05",
    durationDays: 120,
  });
  const projectId = created.body.data.id as string;
  const base = `/api/v1/projects/${projectId}`;
  await send(owner.token, `${base}/members`, { email: viewer.email, role: "viewer" });
  let behind = 0;
  for (let i = 0; i < 60; i++) {
    const res = await send(owner.token, `${base}/parameters`, { name: `p${i}`, value: String(i) });
    if (i === 9) behind = Number(JSON.parse(res.headers.get("etag")!));
  }
  const read = await api.call(base, { token: viewer.token });
  return { projectId, token: viewer.token, behind, current: Number(JSON.parse(read.headers.get("etag")!)) };
}

function report(results: Record<string, LoadResult[]>) {
  const rows = Object.entries(results).map(([name, runs]) => ({
    case: name,
    "req/s (median)": median(runs.map((r) => r.requestsPerSecond)).toFixed(0),
    "p50 ms": median(runs.map((r) => r.p50)).toFixed(1),
    "p99 ms": median(runs.map((r) => r.p99)).toFixed(1),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    "open pages at one poll / 5 s": (median(runs.map((r) => r.requestsPerSecond)) * 5).toFixed(0),
  }));
  console.log(`\n${ROUNDS} rounds × ${DURATION}s, ${CONNECTIONS} connections, GET /api/v1/projects/{id}/changes with a bearer token\n`);
  console.log(table(rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
