// The migration deployer (lib/db/migrations.ts) against a real PostgreSQL, on throwaway databases
// of its own (the shared integration database is never touched).
import { randomBytes } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployMigrations, ensureDatabase, migrationChecksum, PRISMA_MIGRATE_LOCK_ID, resetDatabase } from "@/lib/db/migrations";
import { query } from "../support/database";

// Same server convention as tests/support (TEST_PG_URL), trust auth on the local PostgreSQL.
const SERVER = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432";
const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
const MIGRATION_NAMES = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const created: string[] = [];

/** A database name no other run uses, dropped in afterAll. */
function throwawayUrl(label: string): string {
  const name = `rab_test_migrations_${label}_${randomBytes(4).toString("hex")}`;
  created.push(name);
  return `${SERVER}/${name}`;
}

async function tables(url: string): Promise<string[]> {
  const rows = await query<{ table_name: string }>(
    url,
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  return rows.map((row) => row.table_name);
}

afterAll(async () => {
  for (const name of created) {
    await query(`${SERVER}/postgres`, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  }
});

describe("deployMigrations on a fresh database", () => {
  const url = throwawayUrl("deploy");

  beforeAll(async () => {
    expect(await ensureDatabase(url)).toBe(true);
    expect(await ensureDatabase(url)).toBe(false);
  });

  it("has at least the initial migration to test with", () => {
    expect(MIGRATION_NAMES.length).toBeGreaterThan(0);
    expect(MIGRATION_NAMES[0]).toMatch(/^\d{14}_init$/);
  });

  it("applies every migration in order and creates the tables", async () => {
    expect(await deployMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR })).toEqual(MIGRATION_NAMES);
    expect(await tables(url)).toEqual(expect.arrayContaining(["User", "ApiToken", "_prisma_migrations"]));
  });

  it("records each migration the way Prisma does", async () => {
    const rows = await query<{
      id: string;
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      started_at: Date;
      applied_steps_count: number;
      logs: string | null;
    }>(url, 'SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name');
    expect(rows.map((row) => row.migration_name)).toEqual(MIGRATION_NAMES);
    for (const row of rows) {
      const sql = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(migrationChecksum(sql));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row).toMatchObject({ applied_steps_count: 1, rolled_back_at: null, logs: null });
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
  });

  it("creates _prisma_migrations with exactly Prisma's columns", async () => {
    const columns = await query<{ column_name: string; data_type: string; is_nullable: string; column_default: string | null }>(
      url,
      `SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: "id", data_type: "character varying", is_nullable: "NO", column_default: null },
      { column_name: "checksum", data_type: "character varying", is_nullable: "NO", column_default: null },
      { column_name: "finished_at", data_type: "timestamp with time zone", is_nullable: "YES", column_default: null },
      { column_name: "migration_name", data_type: "character varying", is_nullable: "NO", column_default: null },
      { column_name: "logs", data_type: "text", is_nullable: "YES", column_default: null },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", is_nullable: "YES", column_default: null },
      { column_name: "started_at", data_type: "timestamp with time zone", is_nullable: "NO", column_default: "now()" },
      { column_name: "applied_steps_count", data_type: "integer", is_nullable: "NO", column_default: "0" },
    ]);
  });

  it("is idempotent: a second deploy applies nothing and adds no rows", async () => {
    expect(await deployMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR })).toEqual([]);
    const [count] = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM "_prisma_migrations"');
    expect(count?.n).toBe(MIGRATION_NAMES.length);
  });

  it("refuses to deploy when an applied migration's checksum no longer matches", async () => {
    const first = MIGRATION_NAMES[0]!;
    const [original] = await query<{ checksum: string }>(url, 'SELECT checksum FROM "_prisma_migrations" WHERE migration_name = $1', [
      first,
    ]);
    await query(url, 'UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2', ["0".repeat(64), first]);
    await expect(deployMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR })).rejects.toThrow(
      new RegExp(`changed after they were applied:\\n  - ${first}`),
    );
    await query(url, 'UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2', [original!.checksum, first]);
    expect(await deployMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR })).toEqual([]);
  });

  it("refuses to deploy over a recorded failed migration", async () => {
    await query(url, `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs) VALUES ($1, $2, 'zz_failed', 'boom')`, [
      "00000000-0000-4000-8000-000000000000",
      "0".repeat(64),
    ]);
    await expect(deployMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR })).rejects.toThrow(
      /failed migration\(s\):\n {2}- zz_failed: boom/,
    );
    await query(url, `DELETE FROM "_prisma_migrations" WHERE migration_name = 'zz_failed'`);
  });

  it("resetDatabase drops the data and re-applies everything", async () => {
    await query(url, `CREATE TABLE "leftover" (id int)`);
    expect(await resetDatabase(url, { migrationsDir: MIGRATIONS_DIR })).toEqual(MIGRATION_NAMES);
    expect(await tables(url)).not.toContain("leftover");
    expect(await tables(url)).toEqual(expect.arrayContaining(["User", "ApiToken", "_prisma_migrations"]));
  });
});

describe("deployMigrations under concurrency and failure", () => {
  it("applies each migration exactly once when several processes start together", async () => {
    const url = throwawayUrl("race");
    // ensureDatabase itself must tolerate the race too.
    await Promise.all([ensureDatabase(url), ensureDatabase(url), ensureDatabase(url)]);
    const results = await Promise.all([1, 2, 3, 4].map(() => deployMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR })));
    expect(results.flat().sort()).toEqual(MIGRATION_NAMES);
    const [count] = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM "_prisma_migrations"');
    expect(count?.n).toBe(MIGRATION_NAMES.length);
  });

  it("waits for Prisma's advisory lock held by another session", async () => {
    const url = throwawayUrl("lock");
    await ensureDatabase(url);
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_ID]);
    const messages: string[] = [];
    let settled = false;
    const deploy = deployMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR, log: (m) => messages.push(m) });
    void deploy.finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(settled).toBe(false);
    expect(messages.join("\n")).toMatch(/Waiting for another process/);
    await holder.end();
    expect(await deploy).toEqual(MIGRATION_NAMES);
  });

  it("rolls a failing migration back completely and records nothing for it", async () => {
    const url = throwawayUrl("failure");
    await ensureDatabase(url);
    const dir = mkdtempSync(path.join(os.tmpdir(), "migrations-int-"));
    try {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      const broken = path.join(dir, "99990101000000_broken");
      mkdirSync(broken);
      // $$ body with semicolons checks the script goes to the server whole, not split on ';'.
      writeFileSync(
        path.join(broken, "migration.sql"),
        'CREATE TABLE "half" (id int);\nCREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql;\nSELECT 1/0;\n',
      );
      await expect(deployMigrations({ connectionString: url, migrationsDir: dir })).rejects.toThrow(
        /Migration 99990101000000_broken failed and was rolled back: division by zero/,
      );
      expect(await tables(url)).not.toContain("half");
      const rows = await query<{ migration_name: string }>(url, 'SELECT migration_name FROM "_prisma_migrations"');
      expect(rows.map((row) => row.migration_name).sort()).toEqual(MIGRATION_NAMES);
      // Fixed script: the next deploy applies it normally.
      writeFileSync(path.join(broken, "migration.sql"), 'CREATE TABLE "half" (id int);\n');
      expect(await deployMigrations({ connectionString: url, migrationsDir: dir })).toEqual(["99990101000000_broken"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
