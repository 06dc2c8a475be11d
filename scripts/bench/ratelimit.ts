/**
 * npm run bench:ratelimit — the limiter's cost on a trivial authenticated GET.
 * Two production servers on one database: limiter on (Redis, limits raised so nothing is
 * rejected) and limiter off. Each round runs both, the order swapping every round (whichever
 * runs second meets a warmer machine), so drift and the other work on the machine hit both
 * alike; medians reported. Also counts Redis commands per request from INFO commandstats.
 *
 * Reading the result: "on" measures faster than "off", and not because of the limiter. With it
 * off, the 20 connections' requests reach the handler in the same tick and Prisma batches their
 * token findUnique calls into one query (its dataloader), which costs this workload about half
 * its throughput; the limiter's Redis round trip staggers them. Replacing findUnique by findFirst
 * (never batched) in a probe gave on ≈ off (512 vs 486 req/s), and findUnique on 809 req/s.
 */
import { Redis } from "ioredis";
import { apiClient } from "../../tests/support/api";
import { ensureBuild, startServer, TEST_REDIS } from "../../tests/support/server";
import { freshDatabase } from "../../tests/support/database";
import { load, median, table, type LoadResult } from "./support";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const REDIS_URL = `${TEST_REDIS}/10`;

async function main() {
  ensureBuild();
  const databaseUrl = await freshDatabase("rab_bench_ratelimit");
  const redis = new Redis(REDIS_URL);
  await redis.flushdb();
  const common = { DATABASE_URL: databaseUrl, REDIS_URL, LOG_LEVEL: "silent" };
  const on = await startServer(3401, { ...common, RATE_LIMIT_READ: "100000000/60" });
  const off = await startServer(3402, { ...common, RATE_LIMIT_ENABLED: "false" });
  try {
    const user = await apiClient(on.url).newUser("bench");
    const headers = { authorization: `Bearer ${user.token}` };
    const results: Record<"on" | "off", LoadResult[]> = { on: [], off: [] };
    let evalCalls = 0;
    let onRequests = 0;
    const run = (url: string) => load({ url: `${url}/api/v1/me`, connections: CONNECTIONS, durationSeconds: DURATION, headers });
    const runOff = async () => results.off.push(await run(off.url));
    const runOn = async () => {
      const before = await scriptCalls(redis);
      const r = await run(on.url);
      evalCalls += (await scriptCalls(redis)) - before;
      onRequests += r.requests;
      results.on.push(r);
    };
    for (let round = 0; round < ROUNDS; round++) {
      for (const step of round % 2 === 0 ? [runOff, runOn] : [runOn, runOff]) await step();
    }
    report(results, evalCalls / onRequests);
  } finally {
    await Promise.all([on.stop(), off.stop()]);
    await redis.quit();
  }
}

/** EVALSHA + EVAL calls: one per limited request is the whole Redis cost of the limiter. */
async function scriptCalls(redis: Redis): Promise<number> {
  const stats = await redis.info("commandstats");
  return [...stats.matchAll(/cmdstat_(?:evalsha|eval):calls=(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
}

function report(results: Record<"on" | "off", LoadResult[]>, commandsPerRequest: number) {
  const summary = (k: "on" | "off") => ({
    limiter: k,
    "req/s (median)": median(results[k].map((r) => r.requestsPerSecond)).toFixed(0),
    "p50 ms": median(results[k].map((r) => r.p50)).toFixed(2),
    "p99 ms": median(results[k].map((r) => r.p99)).toFixed(2),
    errors: results[k].reduce((n, r) => n + r.errors, 0),
    non2xx: results[k].reduce((n, r) => n + r.non2xx, 0),
  });
  const rows = [summary("off"), summary("on")];
  console.log(`\n${ROUNDS} rounds × ${DURATION}s, ${CONNECTIONS} connections, GET /api/v1/me with a bearer token\n`);
  console.log(table(rows));
  const ratio = Number(rows[1]!["req/s (median)"]) / Number(rows[0]!["req/s (median)"]);
  const addedP50 = Number(rows[1]!["p50 ms"]) - Number(rows[0]!["p50 ms"]);
  console.log(`\nthroughput on/off: ${(ratio * 100).toFixed(1)}%   added p50: ${addedP50.toFixed(2)} ms`);
  console.log(`Redis round trips per limited request (EVALSHA/EVAL calls ÷ requests): ${commandsPerRequest.toFixed(3)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
