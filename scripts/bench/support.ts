import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
}

/**
 * One autocannon run; latencies in ms. Percentiles come from every response's own time
 * (autocannon's summary has no p95).
 */
export async function load(options: {
  url: string;
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
  requests?: autocannon.Request[];
}): Promise<LoadResult> {
  const times: number[] = [];
  const settings = {
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    headers: options.headers,
    requests: options.requests,
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(settings, (error, res) => (error ? reject(error) : resolve(res)));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function table(rows: Record<string, string | number>[]): string {
  const keys = Object.keys(rows[0] ?? {});
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  return [line(keys), line(widths.map((w) => "-".repeat(w))), ...rows.map((r) => line(keys.map((k) => String(r[k]))))].join("\n");
}

/** Sequential requests per measured row (BENCH_REQUESTS), after BENCH_WARMUP untimed ones. */
export const BENCH_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50);
export const BENCH_WARMUP = 5;

export type TimedRow = {
  endpoint: string;
  p50_ms: string;
  p95_ms: string;
  max_ms: string;
  response_kb: string;
};

/**
 * Times `send` end to end, body read included, `requests` (BENCH_REQUESTS) times after the
 * warm-up; `before` runs ahead of each request, untimed (an edit that makes the next read recompute).
 */
export async function measure(
  endpoint: string,
  send: () => Promise<Response>,
  before?: () => Promise<void>,
  requests = BENCH_REQUESTS,
): Promise<TimedRow> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < BENCH_WARMUP + requests; i++) {
    await before?.();
    const started = performance.now();
    const res = await send();
    const body = await res.text();
    if (!res.ok) throw new Error(`${endpoint}: ${res.status} ${body.slice(0, 500)}`);
    if (i >= BENCH_WARMUP) times.push(performance.now() - started);
    bytes = body.length;
  }
  const ms = (p: number) => percentile(times, p).toFixed(1);
  return { endpoint, p50_ms: ms(50), p95_ms: ms(95), max_ms: Math.max(...times).toFixed(1), response_kb: (bytes / 1024).toFixed(0) };
}

export function authorizedGet(url: string, token: string): () => Promise<Response> {
  return () => fetch(url, { headers: { authorization: `Bearer ${token}` } });
}

/** bench-results/<name>.json, dated. */
export function saveResults(name: string, results: object): void {
  const dir = path.resolve(import.meta.dirname, "../../bench-results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.json`), JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2));
}

/** Prints whether every row `checked` met its p50 target; a miss sets a failing exit code. */
export function reportTarget(rows: readonly TimedRow[], checked: (row: TimedRow) => boolean, targetMs: number): void {
  const missed = rows.filter((r) => checked(r) && Number(r.p50_ms) > targetMs);
  if (missed.length > 0) {
    console.log(`\nTarget p50 ≤ ${targetMs} ms missed by: ${missed.map((r) => r.endpoint).join(", ")}`);
    process.exitCode = 1;
  } else {
    console.log(
      `\nTarget met: p50 ≤ ${targetMs} ms for ${rows
        .filter(checked)
        .map((r) => r.endpoint)
        .join(", ")}`,
    );
  }
}
