/**
 * npm test's k6 step: the smoke profile against the production build, on a server and database
 * of its own (a free port, a fresh migrated database, Redis for the limiter). Skips, saying why,
 * where no k6 binary exists (scripts/k6-path.sh). Exits with k6's status: a failed threshold fails.
 * The summary lands in test-results/, where scripts/test-summary.mjs counts its checks.
 */
import { spawn, spawnSync } from "node:child_process";
import net from "node:net";
import { freshDatabase } from "../tests/support/database";
import { ensureBuild, ROOT, startServer, TEST_REDIS } from "../tests/support/server";

const SUFFIX = process.env.TEST_DB_SUFFIX ? `_${process.env.TEST_DB_SUFFIX}` : "";

async function main(): Promise<number> {
  const lookup = spawnSync("bash", ["scripts/k6-path.sh"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (lookup.status !== 0) return 0;
  const k6 = lookup.stdout.trim();
  ensureBuild();
  const databaseUrl = await freshDatabase(`rab_test_loadtest${SUFFIX}`);
  const server = await startServer(await freePort(), {
    DATABASE_URL: databaseUrl,
    REDIS_URL: `${TEST_REDIS}/${process.env.TEST_REDIS_DB ?? 15}`,
    // startServer lifts every limit; the rate-limit probe needs the real read limit to reach a 429.
    RATE_LIMIT_READ: "100/60",
  });
  try {
    return await run(k6, ["run", "--no-usage-report", "--quiet", "load-tests/main.js"], {
      BASE_URL: server.url,
      K6_PROFILE: "smoke",
      SUMMARY_DIR: "test-results",
      // Fresh accounts per run, so a reused Redis database holds no buckets of theirs.
      LOADTEST_USER_PREFIX: `ci-${Date.now()}`,
    });
  } finally {
    await server.stop();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function run(command: string, args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code) => resolve(code ?? 1));
  });
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
