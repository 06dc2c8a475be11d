/**
 * WEB_CONCURRENCY server processes sharing one port through node's cluster module.
 * The primary only supervises: it restarts a crashed worker and, on SIGTERM/SIGINT,
 * asks every worker to drain and waits for them.
 */
import cluster from "node:cluster";
import { serve } from "./serve";

export function runCluster(port: number, workers: number): Promise<void> {
  if (!cluster.isPrimary) return serve(port);
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
