import path from "node:path";
import pg from "pg";
import { EMBEDDED_DATABASE_URL, startEmbeddedPostgres } from "./embedded-db";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface CliDatabase {
  close: () => Promise<void>;
}

/**
 * The database a command-line tool works on: DATABASE_URL when set (production, CI;
 * migrated like the app's), otherwise the zero-install embedded PostgreSQL of `npm start`,
 * reused while the app runs or started just for this command. The embedded one is
 * migrated here, so a tool also works before the app was ever started.
 */
export async function openCliDatabase(): Promise<CliDatabase> {
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!process.env.DATABASE_URL) {
    if (!(await embeddedIsRunning())) stopEmbedded = (await startEmbeddedPostgres(path.join(ROOT, ".data"))).stop;
    process.env.DATABASE_URL = EMBEDDED_DATABASE_URL;
    try {
      const { ensureDatabase, deployMigrations } = await import("@/lib/db/migrations");
      await ensureDatabase(EMBEDDED_DATABASE_URL);
      await deployMigrations({ connectionString: EMBEDDED_DATABASE_URL, log: () => undefined });
    } catch (error) {
      await stopEmbedded?.();
      throw error;
    }
  }
  return {
    close: async () => {
      const { disconnectDb } = await import("@/lib/db/client");
      await disconnectDb();
      await stopEmbedded?.();
    },
  };
}

async function embeddedIsRunning(): Promise<boolean> {
  const probe = new pg.Client({ connectionString: EMBEDDED_DATABASE_URL.replace(/\/rab$/, "/postgres"), connectionTimeoutMillis: 1_000 });
  try {
    await probe.connect();
    return true;
  } catch {
    return false;
  } finally {
    await probe.end().catch(() => undefined);
  }
}
