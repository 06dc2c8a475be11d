/**
 * A project of any size seeded with set-based SQL (2,000 pekerjaan take a second), for the tests
 * that measure what a large project costs: the statements of a rekap, of taking a version.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";

/** A project of `n` pekerjaan: 10 klasifikasi × 5 sub, 6 lines each, 300 priced resources, some bundles. */
export async function seedLargeProject(admin: pg.Client, ownerId: string, n: number): Promise<string> {
  const projectId = randomUUID();
  const q = (sql: string) => admin.query(sql, [projectId]);
  await admin.query(
    `INSERT INTO "Project" (id, "ownerId", name, location, client, "fundingSource", "startDate", "durationDays", "updatedAt")
     VALUES ($1, $2, 'Hitung kueri', 'Bandung', 'Dinas', 'APBD', '2026-01-05', 180, now())`,
    [projectId, ownerId],
  );
  await q(`INSERT INTO "Klasifikasi" (id, "projectId", name, position)
           SELECT gen_random_uuid(), $1::uuid, 'Klasifikasi ' || k, k FROM generate_series(0, 9) k`);
  await q(`INSERT INTO "SubKlasifikasi" (id, "projectId", "klasifikasiId", name, position)
           SELECT gen_random_uuid(), $1::uuid, k.id, 'Sub ' || s, s FROM "Klasifikasi" k, generate_series(0, 4) s WHERE k."projectId" = $1`);
  await q(`INSERT INTO "Pekerjaan" (id, "projectId", "subKlasifikasiId", position, source, kode, uraian, satuan, volume, "updatedAt")
           SELECT gen_random_uuid(), $1::uuid, s.id, i / 50, 'custom', 'P.' || i, 'Pekerjaan ' || i, 'm3', (i % 17) + 0.5, now()
           FROM generate_series(0, ${n - 1}) i
           JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS r FROM "SubKlasifikasi" WHERE "projectId" = $1) s ON s.r = i % 50`);
  await q(`INSERT INTO "HargaItem" (id, "projectId", kategori, kode, uraian, satuan, harga, "updatedAt")
           SELECT gen_random_uuid(), $1::uuid, (ARRAY['TK','BHN','ALT'])[1 + i % 3]::"Kategori", 'R.' || i, 'Sumber daya ' || i, 'unit', 1000 * i + 0.5, now()
           FROM generate_series(0, 299) i
           UNION ALL SELECT gen_random_uuid(), $1::uuid, 'LAIN', 'BUNDLE', 'Bundle', 'ls', 0, now()`);
  await q(`INSERT INTO "PekerjaanLine" (id, "projectId", "pekerjaanId", position, "hargaItemId", koefisien)
           SELECT gen_random_uuid(), $1::uuid, w.id, j, h.id, 0.125 * (j + 1)
           FROM (SELECT id, row_number() OVER (ORDER BY id) AS r FROM "Pekerjaan" WHERE "projectId" = $1) w
           CROSS JOIN generate_series(0, 5) j
           JOIN (SELECT id, row_number() OVER (ORDER BY kode) - 1 AS r FROM "HargaItem" WHERE "projectId" = $1 AND kode <> 'BUNDLE') h
             ON h.r = (w.r * 7 + j) % 300`);
  // Every 5th pekerjaan bundles 2 units of the next one (depth 1: targets bundle nothing).
  await q(`INSERT INTO "PekerjaanLine" (id, "projectId", "pekerjaanId", position, "hargaItemId", koefisien, "bundlePekerjaanId")
           SELECT gen_random_uuid(), $1::uuid, w.id, 6, (SELECT id FROM "HargaItem" WHERE "projectId" = $1 AND kode = 'BUNDLE'), 2, t.id
           FROM (SELECT id, row_number() OVER (ORDER BY id) AS r FROM "Pekerjaan" WHERE "projectId" = $1) w
           JOIN (SELECT id, row_number() OVER (ORDER BY id) AS r FROM "Pekerjaan" WHERE "projectId" = $1) t ON t.r = w.r + 1
           WHERE w.r % 5 = 0`);
  return projectId;
}
