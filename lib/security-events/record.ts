import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/observability/logger";
import { clientIp } from "@/lib/rate-limit/identity";
import type { SecurityEventKind, SecurityEventResult } from "./kinds";

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export interface SecurityEventInput extends RequestMeta {
  kind: SecurityEventKind;
  result: SecurityEventResult;
  userId?: string | null;
  detail?: Record<string, unknown>;
}

const USER_AGENT_MAX = 500;

/** Who is asking, as far as the request tells: the client address (as the limiter sees it) and user agent. */
export function requestMeta(headers: Headers): RequestMeta {
  return {
    ip: clientIp(headers, env().TRUSTED_PROXY_HOPS),
    userAgent: headers.get("user-agent")?.slice(0, USER_AGENT_MAX) ?? null,
  };
}

/**
 * One INSERT. Never rejects: a request must not fail because its event could not be written,
 * so the error is logged instead. Request paths call it without awaiting (off their latency);
 * scripts await it before they exit.
 */
export async function recordSecurityEvent(event: SecurityEventInput): Promise<void> {
  try {
    await db().securityEvent.create({
      data: {
        kind: event.kind,
        result: event.result,
        userId: event.userId ?? null,
        ip: event.ip,
        userAgent: event.userAgent,
        detail: (event.detail ?? {}) as Prisma.InputJsonObject,
      },
    });
  } catch (error) {
    logger.error(
      { err: error instanceof Error ? error.message : String(error), kind: event.kind, result: event.result },
      "Peristiwa keamanan gagal dicatat",
    );
  }
}
