import { ensureBuild, startServer } from "../tests/support/server";
import { freshDatabase } from "../tests/support/database";
import { E2E_PORT } from "../playwright.config";

/** A production server on a fresh database, as a user would meet it. */
export default async function globalSetup() {
  ensureBuild();
  const databaseUrl = await freshDatabase("rab_test_e2e");
  const server = await startServer(E2E_PORT, { DATABASE_URL: databaseUrl, RATE_LIMIT_STORE: "memory" });
  return () => server.stop();
}
