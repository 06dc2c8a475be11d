import { jsonResponse } from "@/lib/api/envelope";
import { requestIdOf } from "@/lib/api/request";
import { healthReport } from "./checks";

/** /health and /health/ready: no auth, no envelope (load balancers read `status`). */
export async function healthHandler(req: Request): Promise<Response> {
  const report = await healthReport();
  return jsonResponse(report, report.status === "ok" ? 200 : 503, {
    "Cache-Control": "no-store",
    "X-Request-Id": requestIdOf(req),
  });
}
