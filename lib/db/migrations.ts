// Our own migration deployer for `prisma/migrations/`.
//
// Why not `prisma migrate deploy`: Prisma 7's CLI needs a native schema-engine binary that cannot
// be downloaded here, and production should not carry the Prisma 6 Wasm toolchain that authors
// migrations (prisma/migrator). This module applies the same folders and keeps `_prisma_migrations`
// exactly as Prisma does, so a real `prisma migrate status|deploy` elsewhere sees the same state.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/** Prisma Migrate's own advisory-lock key: holding it also serialises us against a real Prisma. */
export const PRISMA_MIGRATE_LOCK_ID = 72707369;

/** Exactly the table Prisma creates (names, types, defaults), so both tools can share it. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type Log = (message: string) => void;

export interface DeployOptions {
  connectionString: string;
  /** Defaults to `<cwd>/prisma/migrations` (npm scripts and `next start` run from the project root). */
  migrationsDir?: string;
  /** Progress messages; silent by default so callers choose their logger. */
  log?: Log;
}

export interface LocalMigration {
  name: string;
  sql: string;
}

export interface MigrationRecord {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

/** A refusal the operator must resolve by hand; the message says what and how. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

export function defaultMigrationsDir(): string {
  return path.join(process.cwd(), "prisma", "migrations");
}

/** sha256 hex of the script's UTF-8 bytes: what Prisma stores in `_prisma_migrations.checksum`. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/**
 * Mirrors Prisma's `script_matches_checksum`: a checkout with the other line endings (git autocrlf)
 * still matches, and so do checksums from old Prisma versions that did not zero-pad each byte.
 */
export function checksumMatches(sql: string, recorded: string): boolean {
  const variants = [sql, sql.replaceAll("\r\n", "\n"), sql.replaceAll("\n", "\r\n")];
  return variants.some((variant) => {
    const digest = createHash("sha256").update(variant, "utf8").digest();
    const padded = digest.toString("hex");
    const unpadded = Array.from(digest, (byte) => byte.toString(16)).join("");
    return recorded === (recorded.length === 64 ? padded : unpadded);
  });
}

/**
 * Every sub-folder is a migration, in the order Prisma's CLI uses (`localeCompare` of the names;
 * the timestamp prefixes make that the same as byte order). The file is read as UTF-8 text, as
 * Prisma does, so the checksum of an odd byte sequence still agrees with Prisma's.
 */
export async function readMigrations(migrationsDir: string): Promise<LocalMigration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: unknown) => {
    throw new MigrationError(`Cannot read the migrations folder ${migrationsDir}: ${String(error)}`);
  });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  return Promise.all(names.map((name) => readMigration(migrationsDir, name)));
}

async function readMigration(migrationsDir: string, name: string): Promise<LocalMigration> {
  const file = path.join(migrationsDir, name, "migration.sql");
  const sql = await readFile(file, "utf8").catch(() => {
    throw new MigrationError(`Migration folder ${name} has no readable migration.sql (${file}).`);
  });
  return { name, sql };
}

/**
 * Decides what to apply, refusing the states Prisma would also stop at (a failed migration) and
 * one it only warns about in `migrate dev` (an applied migration whose file was edited): deploying
 * on top of either would leave the database different from what the folder describes.
 * Rows with `rolled_back_at` set do not count as applied, as in Prisma.
 */
export function planMigrations(
  local: LocalMigration[],
  records: MigrationRecord[],
): {
  pending: LocalMigration[];
  unknown: string[];
} {
  const live = records.filter((record) => record.rolled_back_at === null);
  assertNoFailedMigrations(live);
  const byName = new Map(live.map((record) => [record.migration_name, record]));
  assertChecksumsUnchanged(local, byName);
  const localNames = new Set(local.map((migration) => migration.name));
  return {
    pending: local.filter((migration) => !byName.has(migration.name)),
    unknown: [...byName.keys()].filter((name) => !localNames.has(name)),
  };
}

function assertNoFailedMigrations(live: MigrationRecord[]): void {
  const failed = live.filter((record) => record.finished_at === null);
  if (failed.length === 0) return;
  const details = failed.map((record) => `  - ${record.migration_name}${record.logs ? `: ${record.logs}` : ""}`);
  throw new MigrationError(
    [
      "Refusing to deploy: the database records failed migration(s):",
      ...details,
      "Repair the database by hand, then mark the row resolved (`prisma migrate resolve`, or",
      `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '...' AND finished_at IS NULL).`,
    ].join("\n"),
  );
}

function assertChecksumsUnchanged(local: LocalMigration[], byName: Map<string, MigrationRecord>): void {
  const edited = local.filter((migration) => {
    const record = byName.get(migration.name);
    return record !== undefined && !checksumMatches(migration.sql, record.checksum);
  });
  if (edited.length === 0) return;
  throw new MigrationError(
    [
      "Refusing to deploy: these applied migrations were changed after they were applied:",
      ...edited.map((migration) => `  - ${migration.name}`),
      "Restore the original migration.sql (git) and put the change in a new migration instead.",
    ].join("\n"),
  );
}

/** Applies pending migrations under Prisma's advisory lock; returns the names it applied. */
export async function deployMigrations(options: DeployOptions): Promise<string[]> {
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir();
  const log = options.log ?? (() => {});
  // Read the files before connecting: a missing folder should not even take the lock.
  const local = await readMigrations(migrationsDir);
  return withLockedClient(options.connectionString, log, (client) => deployWithClient(client, local, log));
}

/** Drops and recreates schema `public` (all data is lost), then deploys every migration. */
export async function resetDatabase(connectionString: string, options: Omit<DeployOptions, "connectionString"> = {}): Promise<string[]> {
  const log = options.log ?? (() => {});
  const local = await readMigrations(options.migrationsDir ?? defaultMigrationsDir());
  await ensureDatabase(connectionString);
  // One locked session for both steps, so no concurrent deployer sees the schema half-rebuilt.
  return withLockedClient(connectionString, log, async (client) => {
    await client.query('DROP SCHEMA IF EXISTS "public" CASCADE');
    await client.query('CREATE SCHEMA "public"');
    log("Dropped and recreated schema public.");
    return deployWithClient(client, local, log);
  });
}

/**
 * Creates the database named in the URL if it is missing (connecting to `postgres` on the same
 * server). Returns whether it created it. Safe when several processes race to create it.
 */
export async function ensureDatabase(connectionString: string): Promise<boolean> {
  const url = new URL(connectionString);
  const database = decodeURIComponent(url.pathname.slice(1));
  if (!database) throw new MigrationError(`The database URL names no database: ${redactUrl(connectionString)}`);
  url.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount) return false;
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
    return true;
  } catch (error) {
    // 42P04 duplicate_database; 23505 when two CREATE DATABASE race on pg_database's unique index.
    if (isPgError(error, "42P04") || isPgError(error, "23505")) return false;
    throw error;
  } finally {
    await admin.end();
  }
}

/** The URL without its password, for messages. */
export function redactUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "<unparseable database URL>";
  }
}

function isPgError(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}

/**
 * Runs `work` on one dedicated connection holding Prisma's session-level advisory lock. A pool
 * would not do: the lock belongs to the session, and each query could land on another one.
 */
async function withLockedClient<T>(connectionString: string, log: Log, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, application_name: "rab-ahsp-migrations" });
  await client.connect();
  try {
    await acquireLock(client, log);
    return await work(client);
  } finally {
    // Closing the session releases the lock even if the unlock is never sent.
    await client.end().catch(() => {});
  }
}

async function acquireLock(client: pg.Client, log: Log): Promise<void> {
  const attempt = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [PRISMA_MIGRATE_LOCK_ID]);
  if (attempt.rows[0]?.locked) return;
  // Another worker/test run is migrating: wait for it, then find nothing (or less) to do.
  log("Waiting for another process to finish migrating (advisory lock 72707369)...");
  await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_ID]);
}

async function deployWithClient(client: pg.Client, local: LocalMigration[], log: Log): Promise<string[]> {
  await client.query(CREATE_MIGRATIONS_TABLE);
  const records = await client.query<MigrationRecord>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, logs
       FROM "_prisma_migrations" ORDER BY started_at`,
  );
  const { pending, unknown } = planMigrations(local, records.rows);
  if (unknown.length > 0) {
    // Usually a newer release already migrated this database; not ours to undo.
    log(`Note: the database has migrations not in this checkout: ${unknown.join(", ")}`);
  }
  for (const migration of pending) {
    await applyMigration(client, migration);
    log(`Applied migration ${migration.name}`);
  }
  if (pending.length === 0) log("No pending migrations.");
  return pending.map((migration) => migration.name);
}

/**
 * One transaction for the record and the script: a failure leaves neither a half-applied schema
 * nor a "failed" row behind, so fixing the SQL and deploying again just works. The script goes as
 * one simple-protocol query, like Prisma sends it, so `$$` bodies and many statements work.
 */
async function applyMigration(client: pg.Client, migration: LocalMigration): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migrationChecksum(migration.sql), migration.name],
    );
    await client.query(migration.sql);
    // clock_timestamp(): now() is frozen at BEGIN and would hide how long the script took.
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`, [id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${describePgError(error)}`, {
      cause: error,
    });
  }
}

function describePgError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { detail, hint, position } = error as Error & { detail?: string; hint?: string; position?: string };
  return [error.message, detail && `DETAIL: ${detail}`, hint && `HINT: ${hint}`, position && `at character ${position}`]
    .filter(Boolean)
    .join(" | ");
}
