/**
 * npm run bench:jadwal
 *
 * Jadwal & Kurva S on a large project, end to end over HTTP against a production server:
 * GET jadwal and GET kurva-s, p50/p95 over BENCH_REQUESTS sequential requests each after a
 * warm-up, and PUT jadwal/entries with a 500-entry batch. Target: each read under 300 ms p50.
 * Views are kept per project while unchanged (lib/jadwal/view-cache.ts), so for information:
 * the reads again after a price edit (the tree and bobot are recomputed), after a one-entry
 * jadwal edit (the entries are read and the view rebuilt), and the month views.
 *
 * The project is scripts/bench/ahsp-project.ts's 2,000 pekerjaan over exactly 52 weeks with a
 * full plan (every pekerjaan planned to 100%), written with set-based SQL, and actuals (with a
 * cost) in its first 26 weeks. BENCH_PLAN chooses the plan:
 * - "staggered" (default): each pekerjaan spread evenly over 8–16 weeks, the starts staggered
 *   over the whole year, as a contractor's jadwal looks (~24,000 entries);
 * - "dense": the worst case, every pekerjaan planned in every week (104,000 entries).
 * Without ../shared it skips with a message (the project must not depend on it).
 */
import pg from "pg";
import { benchAhspProject, PEKERJAAN, priceEdit } from "./ahsp-project";
import { authorizedGet, BENCH_REQUESTS, BENCH_WARMUP, measure, reportTarget, saveResults, table, type TimedRow } from "./support";

const PORT = Number(process.env.BENCH_PORT ?? 3311);
const WEEKS = 52;
const ACTUAL_WEEKS = 26;
const BATCH = 500;
const TARGET_P50_MS = 300;
const PLAN = process.env.BENCH_PLAN === "dense" ? "dense" : "staggered";

/** Per pekerjaan (row i, 0-based): its first week and how many weeks it spans. */
const SPANS = {
  dense: { first: "1", span: `${WEEKS}` },
  staggered: { first: `1 + (i * 7) % (${WEEKS} - (8 + i % 9) + 1)`, span: "8 + i % 9" },
} as const;

function main() {
  return benchAhspProject("jadwal", PORT, async ({ databaseUrl, base, token, projectId, items }) => {
    const pekerjaanIds = await writePlan(databaseUrl, projectId);
    const edit = priceEdit(base, token, items[0]![0]!.kode_item);
    const get = (path: string) => authorizedGet(`${base}/${path}`, token);
    const rows: TimedRow[] = [
      await measure("GET jadwal", get("jadwal")),
      await measure("GET kurva-s", get("kurva-s")),
      await measure("GET jadwal after a harga edit", get("jadwal"), edit),
      await measure("GET kurva-s after a harga edit", get("kurva-s"), edit),
      await measure("GET jadwal after a jadwal edit", get("jadwal"), entryEdit(base, token, pekerjaanIds[0]!)),
      await measure("GET kurva-s after a jadwal edit", get("kurva-s"), entryEdit(base, token, pekerjaanIds[0]!)),
      await measure("GET jadwal?view=month", get("jadwal?view=month")),
      await measure("GET kurva-s?view=month", get("kurva-s?view=month")),
      await measure(`PUT jadwal/entries (${BATCH} entries)`, batchWriter(base, token, pekerjaanIds)),
    ];
    console.log(`\n${PEKERJAAN} pekerjaan, ${WEEKS} weeks, ${PLAN} plan, actuals in the first ${ACTUAL_WEEKS} weeks;`);
    console.log(`${BENCH_REQUESTS} sequential requests per row after ${BENCH_WARMUP} warm-up`);
    console.log(`("after a … edit": a price PATCH or a one-entry jadwal PUT before each request, untimed, so nothing kept is reused)\n`);
    console.log(table(rows));
    saveResults(`jadwal-${PLAN}`, { pekerjaan: PEKERJAAN, weeks: WEEKS, plan: PLAN, requests: BENCH_REQUESTS, rows });
    reportTarget(rows, (r) => ["GET jadwal", "GET kurva-s"].includes(r.endpoint), TARGET_P50_MS);
  });
}

/**
 * 52 weeks from Monday 5 January 2026 and the plan: 100% spread evenly over each pekerjaan's
 * weeks (the remainder in its last), 80% of the plan done in the weeks up to ACTUAL_WEEKS.
 * Returns the pekerjaan ids.
 */
async function writePlan(databaseUrl: string, projectId: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`UPDATE "Project" SET "startDate" = '2026-01-05', "durationDays" = $2, "weekEndDay" = 0 WHERE id = $1`, [
      projectId,
      WEEKS * 7,
    ]);
    const { first, span } = SPANS[PLAN];
    const { rowCount } = await client.query(
      `WITH p AS (SELECT id, "projectId", ${first} AS first, ${span} AS span
                    FROM (SELECT id, "projectId", (row_number() OVER (ORDER BY id) - 1)::int AS i
                            FROM "Pekerjaan" WHERE "projectId" = $1) n),
            e AS (SELECT p.*, w, CASE WHEN w = first + span - 1 THEN 100 - trunc(100.0 / span, 2) * (span - 1)
                                      ELSE trunc(100.0 / span, 2) END AS planned
                    FROM p CROSS JOIN LATERAL generate_series(first, first + span - 1) w)
       INSERT INTO "JadwalEntry" (id, "projectId", "pekerjaanId", week, planned, actual, "actualCost", "updatedAt")
       SELECT gen_random_uuid(), "projectId", id, w, planned,
              CASE WHEN w <= $2 THEN round(planned * 0.8, 2) END,
              CASE WHEN w <= $2 THEN 25000 + w * 1000 END,
              now()
         FROM e`,
      [projectId, ACTUAL_WEEKS],
    );
    console.log(`jadwal (${PLAN} plan): ${rowCount} entries`);
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Pekerjaan" WHERE "projectId" = $1 ORDER BY id`, [projectId]);
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

/** One planned entry written before each request, alternating values, so the kept views are stale. */
function entryEdit(base: string, token: string, pekerjaanId: string) {
  let n = 0;
  return async () => {
    const res = await fetch(`${base}/jadwal/entries`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ entries: [{ pekerjaanId, week: 1, note: `revisi ${n++}` }] }),
    });
    if (!res.ok) throw new Error(`jadwal PUT: ${res.status} ${await res.text()}`);
  };
}

/**
 * A PUT of BATCH actuals (50 pekerjaan × weeks 27–36), alternating between two values so each
 * request really changes the rows; Σ actual stays under 100 (at most 80 + 10 × 1,6).
 */
function batchWriter(base: string, token: string, pekerjaanIds: readonly string[]) {
  const weeks = 10;
  let n = 0;
  return () => {
    const actual = n++ % 2 === 0 ? "1.60" : "1.50";
    const entries = pekerjaanIds
      .slice(0, BATCH / weeks)
      .flatMap((pekerjaanId) => Array.from({ length: weeks }, (_, i) => ({ pekerjaanId, week: ACTUAL_WEEKS + 1 + i, actual })));
    return fetch(`${base}/jadwal/entries`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ entries }),
    });
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
