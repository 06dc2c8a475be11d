/**
 * npm run bench:rekap
 *
 * Latency of the estimating core's heaviest reads on a large project, end to end over HTTP
 * against a production server: GET rekap-rab, rekap-kebutuhan and tree, p50/p95 over
 * BENCH_REQUESTS sequential requests each (after a warm-up). The rekap rows are measured twice:
 * on an unchanged project (the analysis comes from lib/rekap/cache after a contentRevision check) and
 * with a price edit before every request (a full load and analysis each time).
 *
 * The project is scripts/bench/ahsp-project.ts's 2,000 pekerjaan from the shared national list.
 * Without ../shared it skips with a message (the project must not depend on it).
 */
import { benchAhspProject, PEKERJAAN, priceEdit } from "./ahsp-project";
import { authorizedGet, BENCH_REQUESTS as REQUESTS, BENCH_WARMUP as WARMUP, measure, reportTarget, saveResults, table } from "./support";

const PORT = Number(process.env.BENCH_PORT ?? 3301);
const TARGET_P50_MS = 150;

function main() {
  return benchAhspProject("rekap", PORT, async ({ base, token, items }) => {
    const edit = priceEdit(base, token, items[0]![0]!.kode_item);
    const rows = [];
    for (const endpoint of ["rekap-rab", "rekap-kebutuhan"]) {
      rows.push(await measure(endpoint, authorizedGet(`${base}/${endpoint}`, token)));
      rows.push(await measure(`${endpoint} after an edit`, authorizedGet(`${base}/${endpoint}`, token), edit));
    }
    rows.push(await measure("tree", authorizedGet(`${base}/tree`, token)));
    console.log(`\n${PEKERJAAN} pekerjaan, ${REQUESTS} sequential requests per row after ${WARMUP} warm-up`);
    console.log(`("after an edit": a harga PATCH before each request, not timed, so every read recomputes)\n`);
    console.log(table(rows));
    saveResults("rekap", { pekerjaan: PEKERJAAN, requests: REQUESTS, rows });
    reportTarget(rows, (r) => r.endpoint.startsWith("rekap"), TARGET_P50_MS);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
