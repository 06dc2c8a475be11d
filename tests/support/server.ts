import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** Env for a child that runs scripts/*.ts with tsx: how it resolves `server-only` (scripts/tsconfig.json). */
export const TSX_ENV = { TSX_TSCONFIG_PATH: path.join(ROOT, "scripts/tsconfig.json") };
export const TEST_PG = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432";
export const TEST_REDIS = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
export const TEST_SECRET = "integration-test-secret-0123456789abcdef";

/** Servers must not throttle the suite; rate-limit tests pass their own limits. */
const RELAXED_LIMITS = Object.fromEntries(
  ["READ", "POLL", "WRITE", "EXPORT", "BULK", "REGISTER", "LOGIN_ACCOUNT", "LOGIN_IP", "PASSWORD_RESET", "PASSWORD_RESET_EMAIL"].map(
    (c) => [`RATE_LIMIT_${c}`, "100000/60"],
  ),
);

export interface RunningServer {
  url: string;
  child: ChildProcess;
  stop: () => Promise<void>;
  /** What the server wrote so far, when started with `{ captureOutput: true }`. */
  output: () => string;
}

/**
 * Tests run against the production build, as users get it, plus the test fixtures' routes
 * (RAB_TEST_ROUTES=1, as scripts/test.sh builds); build once when absent.
 */
export function ensureBuild(): void {
  if (existsSync(path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) return;
  const result = spawnSync("npx", ["next", "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, RAB_TEST_ROUTES: "1" } });
  if (result.status !== 0) throw new Error("next build gagal");
}

export function testDatabaseUrl(name: string): string {
  return `${TEST_PG}/${name}`;
}

/**
 * Starts one production server process (scripts/serve.ts, or `script`, e.g. "scripts/start.ts"
 * for the cluster as `npm start` runs it) with the given env and resolves once /health/live answers.
 */
/**
 * The cluster workers of a primary: its `node` children. tsx in the primary also keeps an
 * `esbuild` service process as a child now and then, which is not a worker.
 */
export function clusterWorkerPids(primary: number): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=,comm=", "--ppid", String(primary)], { encoding: "utf8" })
      .split("\n")
      .map((line) => line.trim().split(/\s+/))
      .filter(([, command]) => command === "node")
      .map(([pid]) => Number(pid));
  } catch {
    return []; // ps exits 1 when there are none
  }
}

export async function startServer(
  port: number,
  env: Record<string, string>,
  { captureOutput = false, script = "scripts/serve.ts" } = {},
): Promise<RunningServer> {
  const url = `http://localhost:${port}`;
  // Otherwise a stray server on the port would answer the liveness probe in our child's place.
  await assertPortFree(port);
  // `node --import tsx`, not the tsx CLI: the CLI relays signals and may SIGKILL the server
  // before it drains, which is exactly what the shutdown test must not hide.
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...TSX_ENV,
      NODE_ENV: "production",
      PORT: String(port),
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: TEST_SECRET,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "warn",
      NEXT_TELEMETRY_DISABLED: "1",
      ...RELAXED_LIMITS,
      ...env,
    },
    stdio: ["ignore", captureOutput ? "pipe" : "inherit", captureOutput ? "pipe" : "inherit"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  await waitUntilLive(url, child);
  return { url, child, stop: () => stopProcess(child), output: () => output };
}

/** A port nothing listens on right now, for a test's own server: no fixed number to clash with another run. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () => reject(new Error(`port ${port} is already in use`)));
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

export async function waitUntilLive(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health/live`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not become live`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
