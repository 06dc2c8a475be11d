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
import pg from "pg";
import { apiClient } from "../../tests/support/api";
import { freshDatabase } from "../../tests/support/database";
import { ensureBuild, startServer } from "../../tests/support/server";
import { authorizedGet, BENCH_REQUESTS as REQUESTS, measure, saveResults, table } from "./support";

const PORT = Number(process.env.BENCH_PORT ?? 3304);
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 500);
const PEKERJAAN = Number(process.env.BENCH_LIST_PEKERJAAN ?? 200);

/** One project, set-based: klasifikasi, subs, pekerjaan, 30 priced resources, 6 lines each. */
async function seedProject(db: pg.Client, ownerId: string, index: number): Promise<void> {
  await db.query(
    `WITH p AS (
       INSERT INTO "Project" (id, "ownerId", name, location, client, "fundingSource", "startDate", "durationDays", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'Proyek ' || $2, 'Bandung', 'Dinas', 'APBD', '2026-01-05', 180, now()) RETURNING id),
     k AS (INSERT INTO "Klasifikasi" (id, "projectId", name, position) SELECT gen_random_uuid(), p.id, 'Klasifikasi', 0 FROM p RETURNING id, "projectId"),
     s AS (INSERT INTO "SubKlasifikasi" (id, "projectId", "klasifikasiId", name, position) SELECT gen_random_uuid(), k."projectId", k.id, 'Sub', 0 FROM k RETURNING id, "projectId")
     INSERT INTO "Pekerjaan" (id, "projectId", "subKlasifikasiId", position, source, kode, uraian, satuan, volume, "updatedAt")
     SELECT gen_random_uuid(), s."projectId", s.id, i, 'custom', 'P.' || i, 'Pekerjaan ' || i, 'm3', (i % 17) + 0.5, now()
       FROM s, generate_series(0, $3 - 1) i`,
    [ownerId, index, PEKERJAAN],
  );
  const q = (sql: string) => db.query(sql, [ownerId, `Proyek ${index}`]);
  const project = `(SELECT id FROM "Project" WHERE "ownerId" = $1 AND name = $2)`;
  await q(`INSERT INTO "HargaItem" (id, "projectId", kategori, kode, uraian, satuan, harga, "updatedAt")
           SELECT gen_random_uuid(), ${project}, (ARRAY['TK','BHN','ALT'])[1 + i % 3]::"Kategori", 'R.' || i, 'Sumber daya ' || i, 'unit', 1000 * i + 0.55, now()
             FROM generate_series(0, 29) i
           UNION ALL SELECT gen_random_uuid(), ${project}, 'LAIN', 'BUNDLE', 'Bundle', 'ls', 0, now()`);
  await q(`INSERT INTO "PekerjaanLine" (id, "projectId", "pekerjaanId", position, "hargaItemId", koefisien)
           SELECT gen_random_uuid(), w."projectId", w.id, j, h.id, 0.125 * (j + 1) + 0.0033
             FROM (SELECT id, "projectId", row_number() OVER (ORDER BY id) AS r FROM "Pekerjaan" WHERE "projectId" = ${project}) w
            CROSS JOIN generate_series(0, 5) j
             JOIN (SELECT id, row_number() OVER (ORDER BY kode) - 1 AS r FROM "HargaItem" WHERE "projectId" = ${project} AND kode <> 'BUNDLE') h
               ON h.r = (w.r * 7 + j) % 30`);
  await q(`INSERT INTO "PekerjaanLine" (id, "projectId", "pekerjaanId", position, "hargaItemId", koefisien, "bundlePekerjaanId")
           SELECT gen_random_uuid(), w."projectId", w.id, 6, (SELECT id FROM "HargaItem" WHERE "projectId" = w."projectId" AND kode = 'BUNDLE'), 2, t.id
             FROM (SELECT id, "projectId", row_number() OVER (ORDER BY id) AS r FROM "Pekerjaan" WHERE "projectId" = ${project}) w
             JOIN (SELECT id, row_number() OVER (ORDER BY id) AS r FROM "Pekerjaan" WHERE "projectId" = ${project}) t ON t.r = w.r + 1
            WHERE w.r % 5 = 0`);
}

async function main() {
  ensureBuild();
  const databaseUrl = await freshDatabase(process.env.BENCH_DB ?? "rab_bench_list");
  const server = await startServer(PORT, { DATABASE_URL: databaseUrl, RATE_LIMIT_STORE: "memory", LOG_LEVEL: "warn" });
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const user = await apiClient(server.url).newUser("bench-list");
    const started = performance.now();
    for (let i = 0; i < PROJECTS; i++) await seedProject(db, user.id, i);
    console.log(`seeded ${PROJECTS} projects × ${PEKERJAAN} pekerjaan in ${((performance.now() - started) / 1000).toFixed(1)} s`);
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
  } finally {
    await db.end();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
