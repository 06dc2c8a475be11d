/**
 * One HTTP server process around Next's request handler. Used by `npm start`, the
 * cluster workers and the test servers, so every environment runs the same code path.
 * It stamps the socket's address into `x-rab-remote-addr`, overwriting whatever a client
 * sent: the rate limiter's only trustworthy source of the client IP without a proxy.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { assertEnvOrExit } from "@/lib/env";
import { isWorkerRestartsMessage, setWorkerRestarts } from "@/lib/observability/worker-restarts";

const root = path.resolve(import.meta.dirname, "..");
const SHUTDOWN_GRACE_MS = 10_000;

export async function serve(port: number): Promise<void> {
  // tsx (which runs these scripts) turns on Node's source-map support; the server would then
  // read, parse and keep the .map of every compiled chunk it loads (tens of MB per process) and
  // map every stack trace it captures. The compiled build is what runs: leave it off.
  process.setSourceMapsEnabled(false);
  assertEnvOrExit();
  applyBuiltConfig();
  const app = next({ dev: false, dir: root, port, hostname: "0.0.0.0" });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Handlers still running; a client that hung up closes its socket before its handler ends.
  const handling = new Set<Promise<void>>();
  const server = http.createServer((req, res) => {
    req.headers["x-rab-remote-addr"] = req.socket.remoteAddress ?? "unknown";
    const done = handle(req, res).finally(() => handling.delete(done));
    handling.add(done);
  });
  server.keepAliveTimeout = 65_000;
  // A cluster worker reports its primary's restart count in /metrics (scripts/cluster.ts).
  process.on("message", (msg) => isWorkerRestartsMessage(msg) && setWorkerRestarts(msg.workerRestarts));
  await new Promise<void>((resolve) => server.listen(port, resolve));
  onShutdown(() => shutdown(server, handling));
}

/**
 * Serve with the config the build serialized, as Next's standalone server.js does: the
 * production image (Dockerfile) has no next.config.ts at all, and everywhere else the running
 * server can not drift from what was built (and Next does not warn that `output: "standalone"`
 * is meant for server.js).
 */
function applyBuiltConfig() {
  const built = path.join(root, process.env.NEXT_DIST_DIR || ".next", "required-server-files.json");
  const { config } = JSON.parse(readFileSync(built, "utf8")) as { config: unknown };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}

function onShutdown(fn: () => Promise<void>) {
  let started = false;
  const run = () => {
    if (started) return;
    started = true;
    void fn().finally(() => process.exit(0));
  };
  process.on("SIGTERM", run);
  process.on("SIGINT", run);
  process.on("message", (msg) => msg === "shutdown" && run());
}

/** Stop accepting, let in-flight requests finish (bounded), then close pools. */
async function shutdown(server: http.Server, handling: ReadonlySet<Promise<void>>): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive sockets turn idle as their last response finishes: close them as they do.
  const sweeper = setInterval(() => server.closeIdleConnections(), 100);
  server.closeIdleConnections();
  // One grace period for both: connections still open are cut, and the pools close even if a handler hangs.
  const deadline = new Promise<void>((resolve) =>
    setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, SHUTDOWN_GRACE_MS).unref(),
  );
  await Promise.race([closed, deadline]);
  clearInterval(sweeper);
  // The pools close only after the handlers that still use them.
  await Promise.race([Promise.allSettled([...handling]), deadline]);
  // The app's clients live on globalThis (lib/db/client.ts, lib/redis/client.ts).
  const shared = globalThis as {
    __prisma?: { $disconnect(): Promise<void> };
    __pgPool?: { end(): Promise<void> };
    __redis?: { quit(): Promise<unknown> } | null;
  };
  await Promise.allSettled([shared.__prisma?.$disconnect(), shared.__redis?.quit()]);
  await shared.__pgPool?.end().catch(() => undefined);
}

// Run directly (test servers): matched by file name, since in the production bundle
// (Dockerfile) every module shares the bundle's import.meta.url.
if (path.basename(process.argv[1] ?? "") === "serve.ts") {
  serve(Number(process.env.PORT ?? 3000)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
