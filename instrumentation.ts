/**
 * Server start-up hook: the security events' retention purge (lib/security-events/retention.ts). Sentry is loaded only when SENTRY_DSN is set: without a DSN the
 * SDK is never imported, so it costs nothing (no instrumentation, no extra memory).
 */
export async function register() {
  // Not a setting (an exception to lib/env.ts): a constant Next replaces per bundle. Spelled out
  // here, it lets the edge bundle prune the node-only imports below, lib/env.ts among them.
  // eslint-disable-next-line no-restricted-properties -- build-time constant of Next, see above
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { schedulePurge } = await import("@/lib/security-events/retention");
  schedulePurge();
  const { env } = await import("@/lib/env");
  const { SENTRY_DSN, NODE_ENV, APP_VERSION } = env();
  if (!SENTRY_DSN) return;
  const Sentry = await import("@sentry/nextjs");
  Sentry.init({
    dsn: SENTRY_DSN,
    environment: NODE_ENV,
    release: APP_VERSION,
    // Errors only: no tracing, and no PII beyond the user id we attach ourselves
    // (no cookies, headers, bodies or query strings: they may hold tokens and emails).
    tracesSampleRate: 0,
    dataCollection: { userInfo: false, cookies: false, httpHeaders: false, httpBodies: [], urlQueryParams: false },
  });
}

/** Errors Next catches outside our route wrapper (pages, server components). */
export async function onRequestError(...args: unknown[]) {
  // eslint-disable-next-line no-restricted-properties -- as in register()
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  if (!env().SENTRY_DSN) return;
  const Sentry = await import("@sentry/nextjs");
  (Sentry.captureRequestError as (...a: unknown[]) => void)(...args);
}
