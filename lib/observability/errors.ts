import { env } from "@/lib/env";
import { logger } from "./logger";

interface ErrorContext {
  requestId: string;
  userId?: string;
  route?: string;
}

/**
 * Logs an unexpected error and reports it to Sentry when a DSN is configured.
 * Sentry is imported on demand so that an install without a DSN pays nothing for it.
 */
export function reportError(error: unknown, context: ErrorContext): void {
  logger.error({ err: error, ...context }, "unhandled error");
  if (!env().SENTRY_DSN) return;
  void import("@sentry/nextjs")
    .then((Sentry) =>
      Sentry.withScope((scope) => {
        scope.setTag("request_id", context.requestId);
        if (context.route) scope.setTag("route", context.route);
        if (context.userId) scope.setUser({ id: context.userId });
        Sentry.captureException(error);
      }),
    )
    .catch(() => undefined);
}
