/**
 * npm run bench:search [-- --http]
 *
 * Server time of the reference search over the full national list: a fresh database
 * (rab_bench_search), the shipped library (`npm run ref:seed`'s) imported through the import
 * service (its time is reported too), then a fixed query mix (kode prefixes, words, typos,
 * synonyms, filters, hostile input) timed around searchAhsp() itself: what the API handler
 * spends, without HTTP. --http also times the same mix end to end against a production server
 * (needs a build).
 */
import { freshDatabase } from "../../tests/support/database";
import { percentile, table } from "./support";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const TARGET_P95_MS = 15;

type Category = "prefix" | "words" | "typo" | "filtered" | "hostile";

interface BenchQuery {
  category: Category;
  q: string;
  kategori?: "TK" | "BHN" | "ALT" | "LAIN";
}

const MIX: BenchQuery[] = [
  ...["1", "2.2", "2.2.1", "2.2.1.4", "3.6.1.8", "10.1"].map((q) => ({ category: "prefix" as const, q })),
  ...[
    "beton",
    "beton 20 mpa",
    "galian tanah",
    "pasangan bata merah",
    "plesteran 1sp:4pp",
    "bekisting kolom",
    "cat tembok",
    "keramik lantai",
    "urugan pasir",
    "pipa pvc",
    "rangka atap baja ringan",
    "pa",
    // The estimator's words: synonyms, an old K-grade, fc and a number.
    "besi",
    "pembesian kolom",
    "begisting",
    "beton k-250",
    "fc 25",
  ].map((q) => ({ category: "words" as const, q })),
  ...["betom", "galain", "galain tanah", "bekisitng", "kramik", "pasangan bata merh", "plesteran semn"].map((q) => ({
    category: "typo" as const,
    q,
  })),
  { category: "filtered", q: "beton", kategori: "ALT" },
  { category: "filtered", q: "", kategori: "LAIN" },
  { category: "filtered", q: "" },
  { category: "hostile", q: `'"&|!():*\\ <-> beton` },
  { category: "hostile", q: "beton ".repeat(170) },
];

async function prepareDatabase(): Promise<string> {
  const url = await freshDatabase("rab_bench_search");
  process.env.DATABASE_URL = url;
  const { loadAhspLibrary, seedAhspLibrary } = await import("@/prisma/seed/ahsp-library");
  const started = performance.now();
  const parsed = await loadAhspLibrary();
  const parsedMs = performance.now() - started;
  const outcome = await seedAhspLibrary(parsed);
  console.log(
    `Imported ${outcome.edition.itemCount} items / ${outcome.edition.lineCount} lines: ` +
      `parse ${parsedMs.toFixed(0)} ms + write ${outcome.durationMs.toFixed(0)} ms = ${(performance.now() - started).toFixed(0)} ms`,
  );
  return url;
}

type Timer = (query: BenchQuery) => Promise<void>;

/** Runs the whole mix ROUNDS times (after one warm-up round) and returns latencies by category. */
async function measure(run: Timer): Promise<Map<string, number[]>> {
  for (const query of MIX) await run(query);
  const samples = new Map<string, number[]>([["all", []]]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of MIX) {
      const started = performance.now();
      await run(query);
      const ms = performance.now() - started;
      samples.get("all")!.push(ms);
      samples.set(query.category, [...(samples.get(query.category) ?? []), ms]);
    }
  }
  return samples;
}

function report(title: string, samples: Map<string, number[]>): void {
  const rows = [...samples].map(([category, ms]) => ({
    queries: category,
    n: ms.length,
    "p50 ms": percentile(ms, 50).toFixed(2),
    "p95 ms": percentile(ms, 95).toFixed(2),
    "max ms": Math.max(...ms).toFixed(2),
  }));
  console.log(`\n${title}\n${table(rows)}`);
}

/** The target is about the search's own server time, the direct measurement. */
function verdict(direct: Map<string, number[]>): void {
  const p95 = percentile(direct.get("all") ?? [], 95);
  console.log(`\ntarget p95 < ${TARGET_P95_MS} ms server time: ${p95 < TARGET_P95_MS ? "met" : "NOT met"} (${p95.toFixed(2)} ms)`);
}

async function directTimer(): Promise<Timer> {
  const { searchAhsp } = await import("@/lib/reference/search");
  return async ({ q, kategori }) => {
    await searchAhsp({ q, limit: 20, ...(kategori && { kategori }) });
  };
}

async function httpRun(databaseUrl: string, direct: Map<string, number[]>): Promise<void> {
  const { ensureBuild, startServer } = await import("../../tests/support/server");
  const { apiClient } = await import("../../tests/support/api");
  ensureBuild();
  const server = await startServer(Number(process.env.BENCH_PORT ?? 3403), {
    DATABASE_URL: databaseUrl,
    RATE_LIMIT_STORE: "memory",
    RATE_LIMIT_ENABLED: "false",
    LOG_LEVEL: "silent",
  });
  try {
    const { call, newUser } = apiClient(server.url);
    const { token } = await newUser("bench");
    const samples: Map<string, number[]> = await measure(async ({ q, kategori }) => {
      const params = new URLSearchParams({ q, limit: "20", ...(kategori && { kategori }) });
      const res = await call(`/api/v1/ahsp?${params}`, { token });
      if (res.status !== 200) throw new Error(`search "${q}" answered ${res.status}`);
    });
    // What any authenticated request costs (token check, envelope, HTTP), to tell it apart.
    const baseline = await measure(async () => {
      await call("/api/v1/me", { token });
    });
    samples.set("GET /me (baseline)", baseline.get("all") ?? []);
    report("Direct (searchAhsp)", direct);
    report("HTTP (GET /api/v1/ahsp, sequential; GET /api/v1/me for the cost of any authenticated request)", samples);
  } finally {
    await server.stop();
  }
}

async function main() {
  const databaseUrl = await prepareDatabase();
  const direct = await measure(await directTimer());
  console.log(`\n${MIX.length} queries × ${ROUNDS} rounds, limit 20`);
  if (process.argv.includes("--http")) await httpRun(databaseUrl, direct);
  else report("Direct (searchAhsp)", direct);
  verdict(direct);
  const { disconnectDb } = await import("@/lib/db/client");
  await disconnectDb();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
