import { jsonResponse } from "@/lib/api/envelope";
import { requestIdOf } from "@/lib/api/request";

export const dynamic = "force-dynamic";

/** Liveness: the process answers. Deliberately touches no dependency. */
export function GET(req: Request): Response {
  return jsonResponse({ status: "ok", uptimeSeconds: Math.round(process.uptime()) }, 200, {
    "Cache-Control": "no-store",
    "X-Request-Id": requestIdOf(req),
  });
}
