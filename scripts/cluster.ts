/**
 * WEB_CONCURRENCY server processes sharing one port through node's cluster module.
 * The primary only supervises: it restarts a crashed worker and, on SIGTERM/SIGINT,
 * asks every worker to drain and waits for them.
 */
import cluster from "node:cluster";
import { serve } from "./serve";

/**
 * Each worker's V8 old space, in MB. Left alone, V8 lets a heap grow toward a share of the
 * machine's memory before it collects: a worker that keeps ~100 MB live was seen at 700 MB
 * RSS under load. Big exports and 2,000-pekerjaan projects fit well within the default.
 */
const WORKER_HEAP_MB = Number(process.env.WORKER_HEAP_MB ?? 256);

export function runCluster(port: number, workers: number): Promise<void> {
  if (!cluster.isPrimary) return serve(port);
  cluster.setupPrimary({ execArgv: [...process.execArgv, `--max-old-space-size=${WORKER_HEAP_MB}`] });
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork({ PORT: String(port) });
  cluster.on("exit", (worker, code) => {
    if (stopping) return;
    console.error(`worker ${worker.process.pid} berhenti (kode ${code}); menjalankan ulang`);
    cluster.fork({ PORT: String(port) });
  });
  return new Promise((resolve) => {
    const stop = () => {
      if (stopping) return;
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.send("shutdown");
      const check = setInterval(() => {
        if (Object.keys(cluster.workers ?? {}).length === 0) {
          clearInterval(check);
          resolve();
        }
      }, 100);
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });
}
