/**
 * WEB_CONCURRENCY server processes sharing one port through node's cluster module.
 * The primary only supervises: it restarts a dead worker (with backoff), gives up on a crash
 * loop, and on SIGTERM/SIGINT asks every worker to drain and waits for them.
 */
import cluster, { type Worker } from "node:cluster";
import { env } from "@/lib/env";
import type { WorkerRestartsMessage } from "@/lib/observability/worker-restarts";
import { serve } from "./serve";

/**
 * Each worker's V8 old space, in MB. Left alone, V8 lets a heap grow toward a share of the
 * machine's memory before it collects: a worker that keeps ~100 MB live was seen at 700 MB
 * RSS under load. Big exports and 2,000-pekerjaan projects fit well within the default.
 */
const WORKER_HEAP_MB = Number(process.env.WORKER_HEAP_MB ?? 256);

/** First restart after 250 ms, doubling with each death in the crash window, at most 8 s. */
const RESTART_BASE_MS = 250;
const RESTART_MAX_MS = 8_000;

export function runCluster(port: number, workers: number): Promise<void> {
  if (!cluster.isPrimary) return serve(port);
  // Round-robin (node's default except on Windows) has the primary accept every connection
  // and hand it to a worker over IPC. A connection handed to a worker that dies before taking
  // it stays open in the primary and is never answered nor closed (CLOSE-WAIT): its client
  // hangs. With SCHED_NONE the workers accept from the shared socket themselves: a connection
  // waits in the kernel's queue until a live worker takes it, and a dead worker's connections
  // close with its process. The price is balance: the kernel, not the primary, picks the
  // worker, so with few connections one worker may serve more of them; under load a busy
  // worker is not waiting in accept(), so the idle ones take the new connections.
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  cluster.setupPrimary({ execArgv: [...process.execArgv, `--max-old-space-size=${WORKER_HEAP_MB}`] });
  const supervisor = new Supervisor(port);
  for (let i = 0; i < workers; i++) supervisor.fork();
  cluster.on("online", (worker) => supervisor.tell(worker));
  cluster.on("exit", (worker, code, signal) => supervisor.died(worker, code, signal));
  return new Promise((resolve) => {
    const stop = () => {
      if (supervisor.stopping) return;
      supervisor.stopping = true;
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

class Supervisor {
  stopping = false;
  private restarts = 0;
  /** When workers died within the crash window, oldest first. */
  private readonly deaths: number[] = [];
  private readonly limit = env().WORKER_CRASH_LIMIT;

  constructor(private readonly port: number) {}

  fork(): void {
    cluster.fork({ PORT: String(this.port) });
  }

  /** Workers serve /metrics: each learns the restart count when it comes up and after every restart. */
  tell(worker: Worker): void {
    const message: WorkerRestartsMessage = { workerRestarts: this.restarts };
    if (worker.isConnected()) worker.send(message);
  }

  died(worker: Worker, code: number | null, signal: string | null): void {
    if (this.stopping) return;
    const now = Date.now();
    this.deaths.push(now);
    while (this.deaths[0]! <= now - this.limit.seconds * 1000) this.deaths.shift();
    const how = signal ?? `kode ${code}`;
    if (this.deaths.length > this.limit.deaths) return this.giveUp(how);
    const delay = Math.min(RESTART_BASE_MS * 2 ** (this.deaths.length - 1), RESTART_MAX_MS);
    console.error(`worker ${worker.process.pid} berhenti (${how}); dijalankan ulang dalam ${delay} ms`);
    setTimeout(() => this.restart(), delay);
  }

  private restart(): void {
    if (this.stopping) return;
    this.restarts += 1;
    this.fork();
    for (const worker of Object.values(cluster.workers ?? {})) if (worker) this.tell(worker);
  }

  /** Restarting would only repeat the failure: stop with an exit code a process manager sees. */
  private giveUp(how: string): never {
    this.stopping = true;
    console.error(
      `crash loop: ${this.deaths.length} worker berhenti dalam ${this.limit.seconds} detik (terakhir: ${how}; ` +
        `batas WORKER_CRASH_LIMIT=${this.limit.deaths}/${this.limit.seconds}). Server dihentikan; periksa log di atas.`,
    );
    // A worker busy in a loop would not notice the primary's IPC channel closing.
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
    process.exit(1);
  }
}
