import type { TestProject } from "vitest/node";
import { Redis } from "ioredis";
import { ensureBuild, startServer, TEST_REDIS } from "../support/server";
import { freshDatabase } from "../support/database";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    redisUrl: string;
  }
}

const PORT = Number(process.env.TEST_PORT ?? 3101);
// Redis logical database 15 (or TEST_REDIS_DB) is reserved for tests and flushed per run.
const REDIS_URL = `${TEST_REDIS}/${process.env.TEST_REDIS_DB ?? 15}`;
// TEST_DB_SUFFIX lets two checkouts or developers run the suite at once without clashing.
const DATABASE = `rab_test_integration${process.env.TEST_DB_SUFFIX ? `_${process.env.TEST_DB_SUFFIX}` : ""}`;

export default async function setup(project: TestProject) {
  ensureBuild();
  const databaseUrl = await freshDatabase(DATABASE);
  const redis = new Redis(REDIS_URL);
  await redis.flushdb();
  await redis.quit();
  const server = await startServer(PORT, {
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    METRICS_TOKEN: "integration-metrics-token",
  });
  project.provide("baseUrl", server.url);
  project.provide("databaseUrl", databaseUrl);
  project.provide("redisUrl", REDIS_URL);
  return () => server.stop();
}
