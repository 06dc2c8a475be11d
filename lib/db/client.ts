import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per process, created on first use: a module-level client would try to
// connect during `next build`, and dev hot-reload would leak pools without the global.
const holder = globalThis as unknown as { __prisma?: PrismaClient; __pgPool?: pg.Pool };

export function db(): PrismaClient {
  holder.__prisma ??= createClient();
  return holder.__prisma;
}

/** The pool behind Prisma, for pool metrics. */
export function dbPool(): pg.Pool | undefined {
  return holder.__pgPool;
}

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
  // Our own pool (explicit size) so its usage can be observed; the adapter's default is 10.
  const pool = new pg.Pool({
    connectionString: DATABASE_URL,
    max: DATABASE_POOL_SIZE,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  pool.on("error", () => undefined);
  holder.__pgPool = pool;
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

export async function disconnectDb(): Promise<void> {
  const client = holder.__prisma;
  const pool = holder.__pgPool;
  holder.__prisma = undefined;
  holder.__pgPool = undefined;
  await client?.$disconnect();
  await pool?.end().catch(() => undefined);
}
