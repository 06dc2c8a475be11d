import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

const PURGE_INTERVAL_MS = 6 * 60 * 60 * 1000;
const FIRST_PURGE_DELAY_MS = 30_000;

const PURGED_ROW = z.strictObject({ removed: z.number() });

/** Removes events older than SECURITY_EVENT_RETENTION_DAYS through the one function the table allows to delete. */
export async function purgeSecurityEvents(retentionDays = env().SECURITY_EVENT_RETENTION_DAYS): Promise<number> {
  const [row] = await queryRows(
    db(),
    "securityEvents.purge",
    PURGED_ROW,
    Prisma.sql`SELECT purge_security_events(${retentionDays}::integer) AS removed`,
  );
  return row?.removed ?? 0;
}

/**
 * Each server process purges shortly after start and every 6 hours (several workers purging
 * at once is harmless: the DELETE is idempotent). Timers are unref'd: they never hold a
 * process open, and a failed purge is logged and retried at the next interval.
 */
export function schedulePurge(): void {
  const run = () =>
    purgeSecurityEvents().then(
      (removed) => removed > 0 && logger.info({ removed }, "Peristiwa keamanan lama dihapus (retensi)"),
      (error: unknown) =>
        logger.warn({ err: error instanceof Error ? error.message : String(error) }, "Pembersihan peristiwa keamanan gagal"),
    );
  setTimeout(run, FIRST_PURGE_DELAY_MS).unref();
  setInterval(run, PURGE_INTERVAL_MS).unref();
}
