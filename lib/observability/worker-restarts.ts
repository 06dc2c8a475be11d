/**
 * How many times the cluster's primary has restarted a dead worker. The primary counts; it
 * sends the count to every worker (scripts/cluster.ts), whichever of them answers /metrics.
 * Kept on globalThis: the server script and Next's bundles each load their own copy of this module.
 */
const KEY = Symbol.for("rab.workerRestarts");
const holder = globalThis as unknown as Record<symbol, number | undefined>;

/** The message the primary sends; anything else on the IPC channel is not for us. */
export interface WorkerRestartsMessage {
  workerRestarts: number;
}

export function isWorkerRestartsMessage(message: unknown): message is WorkerRestartsMessage {
  return typeof (message as WorkerRestartsMessage | null)?.workerRestarts === "number";
}

export function setWorkerRestarts(count: number): void {
  holder[KEY] = count;
}

export function workerRestarts(): number {
  return holder[KEY] ?? 0;
}
