import { spawnSync } from "node:child_process";
import { ensureBuild, ROOT, startServer, TSX_ENV } from "../tests/support/server";
import { freshDatabase } from "../tests/support/database";
import { E2E_PORT } from "../playwright.config";

// TEST_DB_SUFFIX lets several checkouts or developers run the e2e suite at once.
export const DATABASE = `rab_test_e2e${process.env.TEST_DB_SUFFIX ? `_${process.env.TEST_DB_SUFFIX}` : ""}`;

/** A production server on a fresh database, as a user would meet it: with the shipped AHSP library. */
export default async function globalSetup() {
  ensureBuild();
  const databaseUrl = await freshDatabase(DATABASE);
  await seedAhspLibrary(databaseUrl);
  const server = await startServer(E2E_PORT, { DATABASE_URL: databaseUrl, RATE_LIMIT_STORE: "memory" });
  return () => server.stop();
}

/** `npm run ref:seed`: the library `npm start` loads, through the import service. */
async function seedAhspLibrary(databaseUrl: string): Promise<void> {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/ref-seed.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...TSX_ENV, DATABASE_URL: databaseUrl },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`seeding the AHSP library failed (exit ${result.status})`);
}
