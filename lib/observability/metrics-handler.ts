import "server-only";
import { timingSafeEqual, createHash } from "node:crypto";
import { errorResponse } from "@/lib/api/envelope";
import { requestIdOf } from "@/lib/api/request";
import { dbPool } from "@/lib/db/client";
import { env } from "@/lib/env";
import { metrics } from "./metrics";

/** GET /metrics: Prometheus text, only for `Authorization: Bearer $METRICS_TOKEN`. */
export async function metricsHandler(req: Request): Promise<Response> {
  const requestId = requestIdOf(req);
  const expected = env().METRICS_TOKEN;
  if (!expected) return errorResponse("FORBIDDEN", requestId, { message: "Metrik dinonaktifkan (METRICS_TOKEN tidak diset)." });
  const given = /^Bearer\s+(\S+)$/i.exec(req.headers.get("authorization") ?? "")?.[1] ?? "";
  if (!sameSecret(given, expected)) return errorResponse("UNAUTHENTICATED", requestId, { message: "Token metrik tidak valid." });
  const m = metrics();
  // Before the first query there is no pool yet: report it empty rather than leave the series out.
  const pool = dbPool();
  m.dbPool.set({ state: "total" }, pool?.totalCount ?? 0);
  m.dbPool.set({ state: "idle" }, pool?.idleCount ?? 0);
  m.dbPool.set({ state: "waiting" }, pool?.waitingCount ?? 0);
  return new Response(await m.registry.metrics(), {
    headers: { "Content-Type": m.registry.contentType, "Cache-Control": "no-store", "X-Request-Id": requestId },
  });
}

// Hashing first gives equal-length buffers, so the comparison time reveals nothing.
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
