import { env } from "@/lib/env";

/**
 * Server start-up hook: the security events' retention purge (lib/security-events/retention.ts). Sentry is loaded only when SENTRY_DSN is set: without a DSN the
 * SDK is never imported, so it costs nothing (no instrumentation, no extra memory).
 */
export async function register() {
  // Not a setting: Next replaces this literal per bundle, which keeps the node-only imports below
  // out of the edge bundle. Read through a function, the replacement and that pruning would not happen.
  // eslint-disable-next-line no-restricted-properties -- build-time constant of Next, see above
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { schedulePurge } = await import("@/lib/security-events/retention");
  schedulePurge();
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
  if (!env().SENTRY_DSN) return;
  const Sentry = await import("@sentry/nextjs");
  (Sentry.captureRequestError as (...a: unknown[]) => void)(...args);
}
