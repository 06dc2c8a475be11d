/**
 * npm run bench:load — the local stand-in for the k6 suite on machines without k6.
 * Starts `npm run start:cluster` (2 workers, or BENCH_WORKERS; Redis-backed limits at their defaults), gives a
 * pool of users a priced project each through the API, then drives the read mix and the
 * read/write mix with autocannon, and the liveness route as the floor. Reports req/s,
 * p50/p95/p99, errors, the workers' CPU time per request and each worker's peak RSS.
 */
import { execSync, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { Redis } from "ioredis";
import { freshDatabase } from "../../tests/support/database";
import { rabClient } from "../../tests/support/rab";
import { ensureBuild, ROOT, TEST_REDIS, TEST_SECRET, TSX_ENV } from "../../tests/support/server";
import { load, table } from "./support";

const PORT = 3501;
const BASE = `http://localhost:${PORT}`;
const USERS = Number(process.env.BENCH_USERS ?? 100);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const PEKERJAAN_PER_PROJECT = 20;

interface Fixture {
  token: string;
  projectId: string;
  pekerjaanIds: string[];
}

async function main() {
  ensureBuild();
  const databaseUrl = await freshDatabase("rab_bench_load");
  const redisUrl = `${TEST_REDIS}/9`;
  const redis = new Redis(redisUrl);
  await redis.flushdb();
  const cluster = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...TSX_ENV,
      NODE_ENV: "production",
      WEB_CONCURRENCY: process.env.BENCH_WORKERS ?? "2",
      PORT: String(PORT),
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      NEXTAUTH_URL: BASE,
      NEXTAUTH_SECRET: TEST_SECRET,
      LOG_LEVEL: "warn",
      // Fixture set-up registers a pool of users from one IP: lift only the auth limits.
      RATE_LIMIT_REGISTER: "100000/60",
      RATE_LIMIT_LOGIN_ACCOUNT: "100000/60",
      RATE_LIMIT_LOGIN_IP: "100000/60",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    await waitLive();
    const fixtures = await buildFixtures();
    await redis.flushdb(); // set-up traffic must not eat into the measured users' buckets
    const workers = workerPids(cluster.pid!);
    const rss = trackRss(workers);
    const read = await run("read mix", fixtures, readRequests, workers);
    const mixed = await run("read/write 90/10", fixtures, mixedRequests, workers);
    const floor = await run("floor: GET /health/live", fixtures, livenessRequests, workers);
    rss.stop();
    console.log(`\n${USERS} users, ${CONNECTIONS} connections, ${DURATION}s per run, ${workers.length} workers\n`);
    console.log(table([read, mixed, floor]));
    console.log(
      `\npeak RSS per worker (MB): ${rss
        .peaks()
        .map((v) => v.toFixed(0))
        .join(", ")}`,
    );
  } finally {
    cluster.kill("SIGTERM");
    await redis.quit();
  }
}

async function waitLive() {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`${BASE}/health/live`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("cluster did not start");
}

/** One user, one project with PEKERJAAN_PER_PROJECT priced pekerjaan of three lines each. */
async function buildFixtures(): Promise<Fixture[]> {
  const rab = rabClient(BASE);
  const fixtures: Fixture[] = [];
  for (let u = 0; u < USERS; u++) {
    const { token } = await rab.newUser(`load${u}`);
    const projectId = await rab.newProject(token, { name: `Proyek beban ${u}` });
    const { subKlasifikasiId } = await rab.newSection(token, projectId);
    const pekerjaanIds: string[] = [];
    for (let p = 0; p < PEKERJAAN_PER_PROJECT; p++) {
      pekerjaanIds.push(
        await rab.newPekerjaan(token, projectId, subKlasifikasiId, {
          uraian: `Pekerjaan ${p}`,
          volume: String(10 + p),
          lines: [
            { kategori: "TK", kode: "TK-0005", uraian: "Pekerja", satuan: "OH", koefisien: "0.75" },
            { kategori: "BHN", kode: `B-${p % 7}`, uraian: `Bahan ${p % 7}`, satuan: "kg", koefisien: "12.5" },
            { kategori: "ALT", kode: "A-01", uraian: "Molen", satuan: "jam", koefisien: "0.25" },
          ],
        }),
      );
    }
    await rab.setPrices(token, projectId, {
      "TK-0005": 90000,
      "A-01": 60000,
      ...Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((i) => [`B-${i}`, 1500 + i])),
    });
    fixtures.push({ token, projectId, pekerjaanIds });
  }
  return fixtures;
}

type RequestPicker = (f: Fixture, i: number) => { method: string; path: string; body?: string };

const readRequests: RequestPicker = (f, i) => {
  const paths = [
    "/api/v1/projects",
    `/api/v1/projects/${f.projectId}/tree`,
    `/api/v1/projects/${f.projectId}/rekap-rab`,
    `/api/v1/projects/${f.projectId}/rekap-kebutuhan`,
  ];
  return { method: "GET", path: paths[i % paths.length]! };
};

/**
 * The framework's floor on this machine: a route that touches no database, token or limiter.
 * No API route can be faster; the ratio to it shows what the application itself costs.
 */
const livenessRequests: RequestPicker = () => ({ method: "GET", path: "/health/live" });

const mixedRequests: RequestPicker = (f, i) => {
  if (i % 10 !== 9) return readRequests(f, i);
  const pekerjaanId = f.pekerjaanIds[i % f.pekerjaanIds.length]!;
  return {
    method: "PUT",
    path: `/api/v1/projects/${f.projectId}/pekerjaan/${pekerjaanId}/volume`,
    body: JSON.stringify({ value: String(10 + (i % 13)) }),
  };
};

/** Requests rotate over the user pool so each user stays inside its own rate limits. */
async function run(name: string, fixtures: Fixture[], pick: RequestPicker, workers: readonly number[]) {
  let counter = 0;
  const cpuBefore = await workersCpuMs(workers);
  const result = await load({
    url: BASE,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    requests: [
      {
        setupRequest: (req) => {
          const n = counter++;
          const fixture = fixtures[n % fixtures.length]!;
          const { method, path, body } = pick(fixture, Math.floor(n / fixtures.length));
          return {
            ...req,
            method: method as "GET",
            path,
            body,
            headers: { authorization: `Bearer ${fixture.token}`, "content-type": "application/json" },
          };
        },
      },
    ],
  });
  const cpuMs = (await workersCpuMs(workers)) - cpuBefore;
  return {
    run: name,
    "req/s": result.requestsPerSecond.toFixed(0),
    "p50 ms": result.p50.toFixed(1),
    "p95 ms": result.p95.toFixed(1),
    "p99 ms": result.p99.toFixed(1),
    requests: result.requests,
    errors: result.errors,
    non2xx: result.non2xx,
    "worker CPU ms/req": (cpuMs / result.requests).toFixed(2),
  };
}

/** The cluster's worker processes: the leaves under its primary (the bench starts no others). */
function workerPids(rootPid: number): number[] {
  const out = execSync(`ps -eo pid=,ppid=`).toString();
  const rows = out
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number]);
  const descendants = new Set([rootPid]);
  for (let changed = true; changed;) {
    changed = false;
    for (const [pid, ppid] of rows) if (descendants.has(ppid) && !descendants.has(pid)) (descendants.add(pid), (changed = true));
  }
  const parents = new Set(rows.map(([, ppid]) => ppid));
  return [...descendants].filter((pid) => !parents.has(pid));
}

/** CPU time (user + system) the workers have used so far, in ms. */
async function workersCpuMs(pids: readonly number[]): Promise<number> {
  const ticks = await Promise.all(
    pids.map(async (pid) => {
      // Fields after the command name: utime and stime are the 12th and 13th (clock ticks of 10 ms).
      const fields = (await readFile(`/proc/${pid}/stat`, "utf8")).split(") ")[1]!.split(" ");
      return Number(fields[11]) + Number(fields[12]);
    }),
  );
  return ticks.reduce((a, b) => a + b, 0) * 10;
}

/**
 * Keeps each worker's peak RSS, sampled every second from /proc without blocking this
 * process: the load generator shares its event loop.
 */
function trackRss(pids: readonly number[]) {
  const peaks = new Map<number, number>();
  const sample = async () => {
    for (const pid of pids) {
      const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peaks.set(pid, Math.max(peaks.get(pid) ?? 0, kb / 1024));
    }
  };
  const timer = setInterval(() => void sample(), 1000);
  return { stop: () => clearInterval(timer), peaks: () => [...peaks.values()] };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
