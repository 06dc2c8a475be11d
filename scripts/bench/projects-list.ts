/**
 * npm run bench:list
 *
 * The projects list with each project's total (lib/projects/totals.ts) for an owner of
 * BENCH_PROJECTS projects (default 500) of BENCH_LIST_PEKERJAAN pekerjaan (default 200, 6 lines
 * each, a bundle every 5th), end to end over HTTP against a production server:
 * - warm: every listed project unchanged since its total was computed;
 * - cold: every project on the page changed before each request (a harga edit by SQL, untimed),
 *   so each total is computed again.
 * Pages of 20 (the default page size) and 100 (the maximum). Needs no shared data.
 */
import { withSeededProjects } from "./seed-projects";
import { authorizedGet, BENCH_REQUESTS as REQUESTS, measure, saveResults, table } from "./support";

const PORT = Number(process.env.BENCH_PORT ?? 3304);
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 500);
const PEKERJAAN = Number(process.env.BENCH_LIST_PEKERJAAN ?? 200);

async function main() {
  const options = {
    database: process.env.BENCH_DB ?? "rab_bench_list",
    port: PORT,
    userLabel: "bench-list",
    projects: PROJECTS,
    pekerjaan: PEKERJAAN,
  };
  await withSeededProjects(options, async ({ server, db, user }) => {
    // The default sort is -updatedAt: the page is the most recently updated projects.
    const changePage = (pageSize: number) => async () => {
      await db.query(
        `UPDATE "HargaItem" SET harga = harga + 1 WHERE kode = 'R.1' AND "projectId" IN
         (SELECT id FROM "Project" WHERE "ownerId" = $1 ORDER BY "updatedAt" DESC, id LIMIT $2)`,
        [user.id, pageSize],
      );
    };
    const rows = [];
    for (const pageSize of [20, 100]) {
      const url = `${server.url}/api/v1/projects?pageSize=${pageSize}`;
      rows.push(await measure(`list ${pageSize}, warm`, authorizedGet(url, user.token)));
      rows.push(await measure(`list ${pageSize}, every total recomputed`, authorizedGet(url, user.token), changePage(pageSize)));
    }
    console.log(`\n${PROJECTS} projects × ${PEKERJAAN} pekerjaan, ${REQUESTS} sequential requests per row\n`);
    console.log(table(rows));
    saveResults("projects-list", { projects: PROJECTS, pekerjaan: PEKERJAAN, requests: REQUESTS, rows });
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
