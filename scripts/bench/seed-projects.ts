/** Priced projects written straight into the database for the list and stats benchmarks. */
import pg from "pg";
import { apiClient } from "../../tests/support/api";
import { freshDatabase } from "../../tests/support/database";
import { ensureBuild, startServer } from "../../tests/support/server";

type BenchUser = Awaited<ReturnType<ReturnType<typeof apiClient>["newUser"]>>;

export interface SeededBench {
  server: { url: string };
  db: pg.Client;
  user: BenchUser;
}

/**
 * A fresh database and a production server, one user owning `projects` seeded projects of
 * `pekerjaan` each; `run` measures against them, then the client and the server stop.
 */
export async function withSeededProjects(
  options: { database: string; port: number; userLabel: string; projects: number; pekerjaan: number },
  run: (bench: SeededBench) => Promise<void>,
): Promise<void> {
  ensureBuild();
  const databaseUrl = await freshDatabase(options.database);
  const server = await startServer(options.port, { DATABASE_URL: databaseUrl, RATE_LIMIT_STORE: "memory", LOG_LEVEL: "warn" });
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const user = await apiClient(server.url).newUser(options.userLabel);
    const started = performance.now();
    for (let i = 0; i < options.projects; i++) await seedProject(db, user.id, i, options.pekerjaan);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`seeded ${options.projects} projects × ${options.pekerjaan} pekerjaan in ${seconds} s`);
    await run({ server, db, user });
  } finally {
    await db.end();
    await server.stop();
  }
}

/** One project, set-based: klasifikasi, subs, pekerjaan, 30 priced resources, 6 lines each. */
export async function seedProject(db: pg.Client, ownerId: string, index: number, pekerjaan: number): Promise<void> {
  await db.query(
    `WITH p AS (
       INSERT INTO "Project" (id, "ownerId", name, location, client, "fundingSource", "startDate", "durationDays", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'Proyek ' || $2, 'Bandung', 'Dinas', 'APBD', '2026-01-05', 180, now()) RETURNING id),
     k AS (INSERT INTO "Klasifikasi" (id, "projectId", name, position) SELECT gen_random_uuid(), p.id, 'Klasifikasi', 0 FROM p RETURNING id, "projectId"),
     s AS (INSERT INTO "SubKlasifikasi" (id, "projectId", "klasifikasiId", name, position) SELECT gen_random_uuid(), k."projectId", k.id, 'Sub', 0 FROM k RETURNING id, "projectId")
     INSERT INTO "Pekerjaan" (id, "projectId", "subKlasifikasiId", position, source, kode, uraian, satuan, volume, "updatedAt")
     SELECT gen_random_uuid(), s."projectId", s.id, i, 'custom', 'P.' || i, 'Pekerjaan ' || i, 'm3', (i % 17) + 0.5, now()
       FROM s, generate_series(0, $3 - 1) i`,
    [ownerId, index, pekerjaan],
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
