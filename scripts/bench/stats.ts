/**
 * npm run bench:stats
 *
 * The dashboard's figures (GET /projects/stats, README "Dasbor proyek") for an owner of
 * BENCH_PROJECTS projects (default 1,000) of BENCH_STATS_PEKERJAAN pekerjaan (default 20),
 * spread over fiscal years, funding sources and dates (so every status occurs), end to end over
 * HTTP against a production server: unfiltered, with filters, after one project changed, and
 * the filtered list beside them. Target: stats p50 ≤ 200 ms. Needs no shared data.
 */
import { withSeededProjects } from "./seed-projects";
import { authorizedGet, BENCH_REQUESTS as REQUESTS, measure, reportTarget, saveResults, table } from "./support";

const PORT = Number(process.env.BENCH_PORT ?? 3305);
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 1000);
const PEKERJAAN = Number(process.env.BENCH_STATS_PEKERJAAN ?? 20);

async function main() {
  const options = {
    database: process.env.BENCH_DB ?? "rab_bench_stats",
    port: PORT,
    userLabel: "bench-stats",
    projects: PROJECTS,
    pekerjaan: PEKERJAAN,
  };
  await withSeededProjects(options, async ({ server, db, user }) => {
    // Years 2023–2027, five sources, starts from two years ago to a year ahead.
    await db.query(
      `UPDATE "Project" p SET "fiscalYear" = 2023 + n % 5, "fundingSource" = (ARRAY['APBN','APBD','DAK','Dana Desa','Swasta'])[1 + n % 5],
            "ownerBudget" = 1000000 * (n % 97 + 1), "startDate" = CURRENT_DATE - 730 + (n * 7) % 1100, "durationDays" = 60 + n % 300
       FROM (SELECT id, (row_number() OVER (ORDER BY id))::int AS n FROM "Project" WHERE "ownerId" = $1) r WHERE p.id = r.id`,
      [user.id],
    );
    const api = (path: string) => authorizedGet(`${server.url}/api/v1${path}`, user.token);
    const changeOne = async () => {
      await db.query(
        `UPDATE "HargaItem" SET harga = harga + 1 WHERE kode = 'R.1' AND "projectId" = (SELECT id FROM "Project" WHERE "ownerId" = $1 ORDER BY id LIMIT 1)`,
        [user.id],
      );
    };
    const filtered = "year=2026&status=berjalan&budgetMin=10000000";
    const rows = [
      await measure("stats, all projects", api("/projects/stats")),
      await measure(`stats, ${filtered}`, api(`/projects/stats?${filtered}`)),
      await measure("stats, fundingSource=APBD&from…to", api("/projects/stats?fundingSource=APBD&from=2026-01-01&to=2026-12-31")),
      await measure("stats, one project changed before each", api("/projects/stats"), changeOne),
      await measure(`list 20, ${filtered}`, api(`/projects?${filtered}`)),
      await measure("list 100, status=mendekati tenggat", api("/projects?pageSize=100&status=mendekati%20tenggat")),
    ];
    console.log(`\n${PROJECTS} projects × ${PEKERJAAN} pekerjaan, ${REQUESTS} sequential requests per row\n`);
    console.log(table(rows));
    saveResults("stats", { projects: PROJECTS, pekerjaan: PEKERJAAN, requests: REQUESTS, rows });
    reportTarget(rows, (r) => r.endpoint.startsWith("stats"), 200);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
