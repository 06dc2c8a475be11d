import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  checksumMatches,
  MigrationError,
  migrationChecksum,
  planMigrations,
  readMigrations,
  redactUrl,
  type MigrationRecord,
} from "./migrations";
import { deriveMigratorSchema, MIGRATION_LOCK_TOML, migrationFolderName, parseArgs, withoutCheckConstraints } from "../../scripts/db";

const applied = (name: string, sql: string, extra: Partial<MigrationRecord> = {}): MigrationRecord => ({
  migration_name: name,
  checksum: migrationChecksum(sql),
  finished_at: new Date(),
  rolled_back_at: null,
  logs: null,
  ...extra,
});

describe("migrationChecksum / checksumMatches", () => {
  it("is the zero-padded sha256 hex of the UTF-8 text, as Prisma records it", () => {
    // sha256 of "" (well known); the second checks the text is hashed as UTF-8 bytes.
    expect(migrationChecksum("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(migrationChecksum("é")).toBe(createHash("sha256").update(Buffer.from("c3a9", "hex")).digest("hex"));
  });

  it("accepts the same script with the other line endings, like Prisma", () => {
    const lf = "CREATE TABLE a ();\nCREATE TABLE b ();\n";
    const crlf = lf.replaceAll("\n", "\r\n");
    expect(checksumMatches(crlf, migrationChecksum(lf))).toBe(true);
    expect(checksumMatches(lf, migrationChecksum(crlf))).toBe(true);
    expect(checksumMatches(lf + "-- edited\n", migrationChecksum(lf))).toBe(false);
  });

  it("accepts old unpadded checksums written by early Prisma versions", () => {
    const sql = "SELECT 1;\n";
    const unpadded = Array.from(createHash("sha256").update(sql).digest(), (b) => b.toString(16)).join("");
    // Only meaningful when some byte is < 0x10; this script's digest has one.
    expect(unpadded.length).toBeLessThan(64);
    expect(checksumMatches(sql, unpadded)).toBe(true);
  });
});

describe("planMigrations", () => {
  const a = { name: "20260101000000_a", sql: "CREATE TABLE a ();" };
  const b = { name: "20260102000000_b", sql: "CREATE TABLE b ();" };

  it("returns the migrations not yet applied, in folder order", () => {
    expect(planMigrations([a, b], []).pending).toEqual([a, b]);
    expect(planMigrations([a, b], [applied(a.name, a.sql)]).pending).toEqual([b]);
  });

  it("reports applied migrations missing from the checkout without failing", () => {
    expect(planMigrations([a], [applied(a.name, a.sql), applied(b.name, b.sql)])).toEqual({ pending: [], unknown: [b.name] });
  });

  it("treats a rolled-back migration as not applied", () => {
    const rolledBack = applied(a.name, a.sql, { finished_at: null, rolled_back_at: new Date() });
    expect(planMigrations([a], [rolledBack]).pending).toEqual([a]);
  });

  it("refuses a recorded failed migration", () => {
    const failed = applied(a.name, a.sql, { finished_at: null, logs: "syntax error" });
    expect(() => planMigrations([a, b], [failed])).toThrow(MigrationError);
    expect(() => planMigrations([a, b], [failed])).toThrow(/failed migration.*\n.*20260101000000_a: syntax error/);
  });

  it("refuses an applied migration whose file changed", () => {
    expect(() => planMigrations([{ ...a, sql: "CREATE TABLE a (x int);" }, b], [applied(a.name, a.sql)])).toThrow(
      /changed after they were applied:\n {2}- 20260101000000_a/,
    );
  });
});

describe("readMigrations", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads every folder's migration.sql in name order and ignores loose files", async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "migrations-test-"));
    for (const name of ["20260102000000_b", "20260101000000_a"]) {
      mkdirSync(path.join(dir, name));
      writeFileSync(path.join(dir, name, "migration.sql"), `-- ${name}\n`);
    }
    writeFileSync(path.join(dir, "migration_lock.toml"), MIGRATION_LOCK_TOML);
    const migrations = await readMigrations(dir);
    expect(migrations.map((m) => m.name)).toEqual(["20260101000000_a", "20260102000000_b"]);
    expect(migrations[0]?.sql).toBe("-- 20260101000000_a\n");
  });

  it("fails clearly on a folder without migration.sql or a missing folder", async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "migrations-test-"));
    mkdirSync(path.join(dir, "20260101000000_empty"));
    await expect(readMigrations(dir)).rejects.toThrow(/20260101000000_empty has no readable migration.sql/);
    await expect(readMigrations(path.join(dir, "nope"))).rejects.toThrow(/Cannot read the migrations folder/);
  });
});

describe("redactUrl", () => {
  it("hides the password", () => {
    expect(redactUrl("postgres://app:s3cret@db:5432/app")).toBe("postgres://app:***@db:5432/app");
    expect(redactUrl("not a url")).toBe("<unparseable database URL>");
  });
});

// Pure helpers of the authoring CLI (scripts/db.ts), kept with the module they feed.
describe("scripts/db.ts helpers", () => {
  const prisma7Schema = `generator client {
  provider     = "prisma-client"
  output       = "../lib/generated/prisma"
}

datasource db {
  provider = "postgresql"
}

model User {
  id String @id
}
`;

  it("derives a Prisma 6 schema: url added, generator removed, models kept", () => {
    const derived = deriveMigratorSchema(prisma7Schema);
    expect(derived).toContain('url      = env("DATABASE_URL")');
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).not.toContain("generator");
    expect(derived).toContain("model User {\n  id String @id\n}");
    expect(derived.match(/datasource/g)).toHaveLength(1);
  });

  it("carries generator preview features over, since they change the schema's meaning", () => {
    const withPreview = prisma7Schema.replace(
      'provider     = "prisma-client"',
      'provider     = "prisma-client"\n  previewFeatures = ["views"]',
    );
    const derived = deriveMigratorSchema(withPreview);
    expect(derived).toContain('previewFeatures = ["views"]');
    expect(derived).not.toContain("lib/generated");
  });

  it("names folders like Prisma and keeps them after the newest one", () => {
    const now = new Date("2026-11-26T18:05:09.123Z");
    expect(migrationFolderName("add api-token hint!", now, [])).toBe("20261126180509_add_api_token_hint");
    expect(migrationFolderName("x", now, ["20261126180509_init"])).toBe("20261126180510_x");
    expect(migrationFolderName("x", now, ["20261231235959_future"])).toBe("20270101000000_x");
    expect(() => migrationFolderName("!!", now, [])).toThrow(/no letters or digits/);
  });

  it("parses the command line", () => {
    expect(parseArgs(["migrate", "--name", "init"])).toMatchObject({ command: "migrate", name: "init" });
    expect(parseArgs(["migrate", "--name=x", "--create-only"])).toMatchObject({ name: "x", createOnly: true });
    expect(parseArgs(["reset", "--force"])).toMatchObject({ command: "reset", force: true });
    expect(() => parseArgs(["deploy", "--nope"])).toThrow(/Unknown argument/);
  });
});

describe("withoutCheckConstraints (the migrator's diff input)", () => {
  it("leaves out each hand-written CHECK statement and nothing else", () => {
    const sql = [
      `ALTER TABLE "Project" ADD COLUMN "unitPriceRounding" TEXT NOT NULL DEFAULT '0.01';`,
      `ALTER TABLE "Project" ADD CONSTRAINT "Project_unitPriceRounding_check"`,
      `  CHECK ("unitPriceRounding" IN ('0.01', '1', '10', '100'));`,
      `alter table "ProjectMember" add constraint "ProjectMember_role_check" check (role in ('editor', 'viewer'));`,
      `ALTER TABLE "Project" ADD CONSTRAINT "Project_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id");`,
    ].join("\n");
    const out = withoutCheckConstraints(sql).split("\n");
    expect(out).toEqual([
      `ALTER TABLE "Project" ADD COLUMN "unitPriceRounding" TEXT NOT NULL DEFAULT '0.01';`,
      "-- (CHECK constraint left out of the diff)",
      "-- (CHECK constraint left out of the diff)",
      `ALTER TABLE "Project" ADD CONSTRAINT "Project_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id");`,
    ]);
  });
});
