import { ensureBuild, startServer } from "../tests/support/server";
import { freshDatabase } from "../tests/support/database";
import { E2E_PORT } from "../playwright.config";

// TEST_DB_SUFFIX lets several checkouts or developers run the e2e suite at once.
const DATABASE = `rab_test_e2e${process.env.TEST_DB_SUFFIX ? `_${process.env.TEST_DB_SUFFIX}` : ""}`;

/** A production server on a fresh database, as a user would meet it: with the demo library. */
export default async function globalSetup() {
  ensureBuild();
  const databaseUrl = await freshDatabase(DATABASE);
  await seedDemoLibrary(databaseUrl);
  const server = await startServer(E2E_PORT, { DATABASE_URL: databaseUrl, RATE_LIMIT_STORE: "memory" });
  return () => server.stop();
}

/** The same seed `npm start` runs for the embedded default, through the import service. */
async function seedDemoLibrary(databaseUrl: string): Promise<void> {
  process.env.DATABASE_URL = databaseUrl;
  const { seedDemoLibrary } = await import("../prisma/seed/demo");
  const { disconnectDb } = await import("../lib/db/client");
  await seedDemoLibrary();
  await disconnectDb();
}
