import pg from "pg";
import { TEST_PG, testDatabaseUrl } from "./server";
import { deployMigrations } from "@/lib/db/migrations";

/** A fresh database per run: dropped, recreated and migrated, never the dev data. */
export async function freshDatabase(name: string, { migrate = true }: { migrate?: boolean } = {}): Promise<string> {
  const admin = new pg.Client({ connectionString: `${TEST_PG}/postgres` });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = testDatabaseUrl(name);
  if (migrate) await deployMigrations({ connectionString: url, log: () => undefined });
  return url;
}

/** One query on its own connection, for tests that look at or arrange database state directly. */
export async function query<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
