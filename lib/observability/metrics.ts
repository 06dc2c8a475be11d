import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { workerRestarts } from "./worker-restarts";

/**
 * Prometheus metrics. Middleware and route handlers are bundled separately by Next, so
 * module state is not shared between them; the registry lives on globalThis, which is.
 */
function createMetrics() {
  const registry = new Registry();
  // Process memory, heap, GC and event-loop lag: what sizing workers and finding leaks needs.
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequests: new Counter({
      name: "http_requests_total",
      help: "API requests by method, route pattern and status",
      labelNames: ["method", "route", "status"] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "API request duration by route pattern and status",
      labelNames: ["method", "route", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    rateLimitDecisions: new Counter({
      name: "rate_limit_decisions_total",
      help: "Rate-limit decisions by category and outcome",
      labelNames: ["category", "decision"] as const,
      registers: [registry],
    }),
    rateLimitFallbacks: new Counter({
      name: "rate_limit_fallback_total",
      help: "Rate-limit checks served by the in-process store because Redis failed",
      registers: [registry],
    }),
    workerRestarts: new Counter({
      name: "worker_restarts_total",
      help: "Dead cluster workers the primary replaced since it started",
      registers: [registry],
      // The primary owns the count; a worker only reports the latest value it was sent.
      collect() {
        this.reset();
        this.inc(workerRestarts());
      },
    }),
    dbPool: new Gauge({
      name: "db_pool_connections",
      help: "Database pool connections by state",
      labelNames: ["state"] as const,
      registers: [registry],
    }),
  };
}

type Metrics = ReturnType<typeof createMetrics>;
const KEY = Symbol.for("rab.metrics");
const holder = globalThis as unknown as Record<symbol, Metrics | undefined>;

export function metrics(): Metrics {
  holder[KEY] ??= createMetrics();
  return holder[KEY];
}
