import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

const PURGE_INTERVAL_MS = 6 * 60 * 60 * 1000;
const FIRST_PURGE_DELAY_MS = 30_000;

/** Removes events older than SECURITY_EVENT_RETENTION_DAYS through the one function the table allows to delete. */
export async function purgeSecurityEvents(retentionDays = env().SECURITY_EVENT_RETENTION_DAYS): Promise<number> {
  const [row] = await db().$queryRaw<{ removed: number }[]>`SELECT purge_security_events(${retentionDays}::integer) AS removed`;
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
      (error: unknown) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, "Pembersihan peristiwa keamanan gagal"),
    );
  setTimeout(run, FIRST_PURGE_DELAY_MS).unref();
  setInterval(run, PURGE_INTERVAL_MS).unref();
}
