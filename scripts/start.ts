/**
 * `npm start`: the one command that runs the app.
 * - No DATABASE_URL: an embedded PostgreSQL under .data/, a generated auth secret, the
 *   in-process rate-limit store (with a loud warning) and a demo account.
 * - DATABASE_URL set: production behaviour, using the given services.
 * Either way it applies pending migrations, builds when no build exists, and serves with
 * WEB_CONCURRENCY processes (default 1; `npm run start:cluster` defaults to 2).
 */
import cluster from "node:cluster";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-db";
import { runCluster } from "./cluster";

const root = path.resolve(import.meta.dirname, "..");
const dataRoot = path.join(root, ".data");
const port = process.env.PORT ?? "3000";

async function main() {
  const embedded = !process.env.DATABASE_URL;
  let stopDb: (() => Promise<void>) | undefined;
  if (embedded) {
    mkdirSync(dataRoot, { recursive: true });
    const db = await startEmbeddedPostgres(dataRoot);
    process.env.DATABASE_URL = db.url;
    stopDb = db.stop;
    process.env.NEXTAUTH_SECRET ??= persistentSecret();
    process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
    if (!process.env.REDIS_URL) process.env.RATE_LIMIT_STORE ??= "memory";
  }
  warnAboutRateLimitStore();
  const { assertEnvOrExit } = await import("@/lib/env");
  // Validate as production: `next start` (inside the workers) runs with NODE_ENV=production.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
  assertEnvOrExit();

  const { ensureDatabase, deployMigrations } = await import("@/lib/db/migrations");
  await ensureDatabase(process.env.DATABASE_URL!);
  const applied = await deployMigrations({ connectionString: process.env.DATABASE_URL! });
  console.log(applied.length ? `Migrasi diterapkan: ${applied.join(", ")}` : "Skema basis data sudah mutakhir.");

  if (embedded || process.env.SEED_DEMO === "true") {
    const { seedDemoAccount } = await import("@/prisma/seed/demo");
    const demo = await seedDemoAccount();
    console.log(`\n  Akun demo  →  email: ${demo.email}   kata sandi: ${demo.password}\n`);
    const { disconnectDb } = await import("@/lib/db/client");
    await disconnectDb();
    seedDemoContentInBackground();
  }

  buildIfNeeded();
  const workers = Number(process.env.WEB_CONCURRENCY ?? 1);
  console.log(`\n  Aplikasi berjalan di  http://localhost:${port}  (${workers} proses)\n`);
  await runCluster(Number(port), workers);
  await stopDb?.();
}

/**
 * The library and the sample project take a few seconds (about 3 s on the first start, 1 s
 * to find them unchanged later): a process of its own, so the build and the server go on
 * meanwhile (a synchronous build would stall it in this process) and signing in never waits.
 */
function seedDemoContentInBackground() {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/seed-demo.ts")], {
    cwd: root,
    env: { ...process.env, TSX_TSCONFIG_PATH: path.join(root, "scripts/tsconfig.json") },
    stdio: "inherit",
  });
  child.on("exit", (code) => {
    if (code) console.error(`Pustaka AHSP dan proyek contoh gagal dimuat (kode ${code}); jalankan ulang npm start.`);
  });
}

function persistentSecret(): string {
  const file = path.join(dataRoot, "nextauth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function warnAboutRateLimitStore() {
  if (process.env.REDIS_URL) return;
  const bar = "!".repeat(78);
  console.warn(
    `\n${bar}\n!! REDIS_URL tidak diset: batas laju (rate limit) memakai penyimpanan di memori proses.\n` +
      `!! Batas tidak dibagi antar proses/worker. Untuk produksi set REDIS_URL=redis://...\n${bar}\n`,
  );
}

/** Builds when there is no build, or when the checkout moved on since the last one (git pull). */
function buildIfNeeded() {
  const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
  const stamp = path.join(distDir, "source-revision");
  const revision = sourceRevision();
  const built = existsSync(path.join(distDir, "BUILD_ID"));
  const current = !revision || (existsSync(stamp) && readFileSync(stamp, "utf8") === revision);
  if (built && current && process.env.FORCE_BUILD !== "true") return;
  console.log("Membangun aplikasi (next build)… hanya saat kode berubah.");
  const result = spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
  if (revision) writeFileSync(stamp, revision);
}

function sourceRevision(): string | null {
  const result = spawnSync("git", ["rev-parse", "HEAD"], { cwd: root });
  return result.status === 0 ? result.stdout.toString().trim() : null;
}

// Workers are forked from this same script: they only serve.
const entry = cluster.isPrimary ? main() : runCluster(Number(port), 1);
entry.catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
