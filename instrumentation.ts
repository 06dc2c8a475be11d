/**
 * Server start-up hook: the security events' retention purge (lib/security-events/retention.ts). Sentry is loaded only when SENTRY_DSN is set: without a DSN the
 * SDK is never imported, so it costs nothing (no instrumentation, no extra memory).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { schedulePurge } = await import("@/lib/security-events/retention");
  schedulePurge();
  if (!process.env.SENTRY_DSN) return;
  const Sentry = await import("@sentry/nextjs");
  Sentry.init({
    dsn: process.env.SENTRY_DSN,
    environment: process.env.NODE_ENV,
    release: process.env.APP_VERSION,
    // Errors only: no tracing, and no PII beyond the user id we attach ourselves
    // (no cookies, headers, bodies or query strings: they may hold tokens and emails).
    tracesSampleRate: 0,
    dataCollection: { userInfo: false, cookies: false, httpHeaders: false, httpBodies: [], urlQueryParams: false },
  });
}

/** Errors Next catches outside our route wrapper (pages, server components). */
export async function onRequestError(...args: unknown[]) {
  if (!process.env.SENTRY_DSN) return;
  const Sentry = await import("@sentry/nextjs");
  (Sentry.captureRequestError as (...a: unknown[]) => void)(...args);
}
