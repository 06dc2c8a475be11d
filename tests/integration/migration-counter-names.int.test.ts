// The counter renames (migration 20261207131000_counter_names) on a database that already holds
// a project: values survive, and the replaced trigger functions move the renamed contentRevision.
// On a throwaway database of its own, migrated in two steps: up to the rename, then the rest.
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployMigrations, ensureDatabase } from "@/lib/db/migrations";
import { query } from "../support/database";
import { TEST_PG } from "../support/server";

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
const RENAME = "20261207131000_counter_names";
const NAME = `rab_test_counter_names_${randomBytes(4).toString("hex")}`;
const url = `${TEST_PG}/${NAME}`;
const ids = {
  user: "00000000-0000-4000-8000-000000000001",
  project: "00000000-0000-4000-8000-000000000002",
  klasifikasi: "00000000-0000-4000-8000-000000000003",
  sub: "00000000-0000-4000-8000-000000000004",
  pekerjaan: "00000000-0000-4000-8000-000000000005",
};

/** The migrations before the rename, as a release without it shipped them. */
function migrationsBefore(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "counter-names-"));
  cpSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), path.join(dir, "migration_lock.toml"));
  for (const entry of readdirSync(MIGRATIONS_DIR, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name < name)
      cpSync(path.join(MIGRATIONS_DIR, entry.name), path.join(dir, entry.name), { recursive: true });
  }
  return dir;
}

const counters = async () =>
  (
    await query<{ editVersion: number; contentRevision: number; pekerjaanEditVersion: number }>(
      url,
      `SELECT p."editVersion", p."contentRevision", w."editVersion" AS "pekerjaanEditVersion"
         FROM "Project" p JOIN "Pekerjaan" w ON w."projectId" = p.id WHERE p.id = $1`,
      [ids.project],
    )
  )[0]!;

beforeAll(async () => {
  await ensureDatabase(url);
  const before = migrationsBefore(RENAME);
  try {
    expect(await deployMigrations({ connectionString: url, migrationsDir: before })).not.toContain(RENAME);
  } finally {
    rmSync(before, { recursive: true, force: true });
  }
  // A project as the previous release left it, counters under their old names.
  await query(url, `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, 'lama@test.local', 'Lama', 'x', now())`, [
    ids.user,
  ]);
  await query(
    url,
    `INSERT INTO "Project" (id, "ownerId", name, location, client, "fundingSource", "startDate", "durationDays", "updatedAt")
     VALUES ($1, $2, 'Lama', 'Bandung', 'Dinas', 'APBD', '2026-01-05', 90, now())`,
    [ids.project, ids.user],
  );
  await query(url, `INSERT INTO "Klasifikasi" (id, "projectId", name, position) VALUES ($1, $2, 'K', 0)`, [ids.klasifikasi, ids.project]);
  await query(url, `INSERT INTO "SubKlasifikasi" (id, "projectId", "klasifikasiId", name, position) VALUES ($1, $2, $3, 'S', 0)`, [
    ids.sub,
    ids.project,
    ids.klasifikasi,
  ]);
  await query(
    url,
    `INSERT INTO "Pekerjaan" (id, "projectId", "subKlasifikasiId", position, source, uraian, satuan, "updatedAt", version)
     VALUES ($1, $2, $3, 0, 'custom', 'Galian', 'm3', now(), 4)`,
    [ids.pekerjaan, ids.project, ids.sub],
  );
  await query(url, `UPDATE "Project" SET version = 7, revision = 41 WHERE id = $1`, [ids.project]);
  expect(await deployMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR })).toContain(RENAME);
});

afterAll(async () => {
  await query(`${TEST_PG}/postgres`, `DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
});

describe("migration counter_names", () => {
  it("keeps every counter's value under its new name", async () => {
    expect(await counters()).toEqual({ editVersion: 7, contentRevision: 41, pekerjaanEditVersion: 4 });
  });

  it("moves contentRevision on a content change and on a pricing change, and leaves editVersion alone", async () => {
    await query(url, `UPDATE "Pekerjaan" SET uraian = 'Galian tanah' WHERE id = $1`, [ids.pekerjaan]);
    expect(await counters()).toMatchObject({ editVersion: 7, contentRevision: 42 });
    await query(url, `UPDATE "Project" SET "unitPriceRounding" = '100' WHERE id = $1`, [ids.project]);
    expect(await counters()).toMatchObject({ editVersion: 7, contentRevision: 43 });
    await query(url, `DELETE FROM "Pekerjaan" WHERE id = $1`, [ids.pekerjaan]);
    const [project] = await query<{ contentRevision: number }>(url, `SELECT "contentRevision" FROM "Project" WHERE id = $1`, [ids.project]);
    expect(project!.contentRevision).toBe(44);
  });
});
