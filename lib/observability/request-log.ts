import { logger } from "./logger";
import { metrics } from "./metrics";

interface RequestRecord {
  req: Request;
  route: string;
  status: number;
  durationMs: number;
  userId?: string;
  requestId: string;
}

/** One structured log line and the request metrics, per API request. */
export function recordRequest(record: RequestRecord): void {
  const labels = { method: record.req.method, route: record.route, status: String(record.status) };
  const m = metrics();
  m.httpRequests.inc(labels);
  m.httpDuration.observe(labels, record.durationMs / 1000);
  logger.info(
    {
      method: record.req.method,
      route: record.route,
      status: record.status,
      durationMs: Math.round(record.durationMs * 10) / 10,
      userId: record.userId,
      requestId: record.requestId,
      rateLimit: record.req.headers.get("x-ratelimit-decision") ?? undefined,
    },
    "request",
  );
}
