import { query } from "./database";

export interface SecurityEventRow {
  id: string;
  createdAt: Date;
  userId: string | null;
  kind: string;
  result: string;
  ip: string | null;
  userAgent: string | null;
  detail: Record<string, any>;
}

/**
 * Events are written off the request's path (not awaited), so a test polls for them: the rows
 * matching `where` once there are at least `count`, or whatever there is after 5 s.
 */
export async function securityEvents(databaseUrl: string, where: string, values: unknown[], count = 1): Promise<SecurityEventRow[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const rows = await query<SecurityEventRow>(
      databaseUrl,
      `SELECT * FROM "SecurityEvent" WHERE ${where} ORDER BY "createdAt", id`,
      values,
    );
    if (rows.length >= count || Date.now() > deadline) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
}
