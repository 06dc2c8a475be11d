/**
 * The benchmarks' large project, built from the shared national list (../shared/data/ahsp):
 * 2,000 AHSP items spread over the whole list become 2,000 pekerjaan (~12,500 lines) in
 * klasifikasi "1", "2"… and sub-klasifikasi "2.2", "2.3"… by kode; the 400 most used resources
 * get a price, the rest stay at 0 (unpriced), as in a budget being priced. It is written with
 * set-based SQL: the benchmarks are about reads, and 6,000 API calls would only make them slow
 * to start. The dataset lives outside the repository (benchAhspProject skips without it).
 */
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import pg from "pg";
import { apiClient } from "../../tests/support/api";
import { freshDatabase } from "../../tests/support/database";
import { ensureBuild, startServer } from "../../tests/support/server";

const DATASET = path.resolve(import.meta.dirname, "../../../shared/data/ahsp/ahsp_cipta_karya_2025.csv");
export const PEKERJAAN = 2000;
const PRICED_RESOURCES = 400;

export interface AhspBench {
  databaseUrl: string;
  /** The project's API url, `…/api/v1/projects/{projectId}`. */
  base: string;
  /** The project's owner and a bearer token of theirs. */
  userId: string;
  token: string;
  projectId: string;
  /** The dataset rows of each pekerjaan, in order. */
  items: CsvRow[][];
}

/**
 * Runs `bench` against a production server on a fresh database (BENCH_DB, else
 * rab_bench_<name>) holding the project, owned by a new user. Without the shared dataset it
 * says so and skips.
 */
export async function benchAhspProject(name: string, port: number, bench: (project: AhspBench) => Promise<void>): Promise<void> {
  if (!existsSync(DATASET)) {
    console.log(`bench:${name} skipped: ${DATASET} not found (the shared dataset lives outside the repository).`);
    return;
  }
  ensureBuild();
  const databaseUrl = await freshDatabase(process.env.BENCH_DB ?? `rab_bench_${name}`);
  const server = await startServer(port, { DATABASE_URL: databaseUrl, RATE_LIMIT_STORE: "memory", LOG_LEVEL: "warn" });
  try {
    const user = await apiClient(server.url).newUser(`bench-${name}`);
    const items = chooseItems(readDataset());
    const projectId = await buildProject(databaseUrl, user.id, items);
    await bench({ databaseUrl, base: `${server.url}/api/v1/projects/${projectId}`, userId: user.id, token: user.token, projectId, items });
  } finally {
    await server.stop();
  }
}

export interface CsvRow {
  kode_ahsp: string;
  nama_ahsp: string;
  satuan_parsed: string;
  kategori: "TK" | "BHN" | "ALT" | "LAIN";
  kode_item: string;
  uraian_item: string;
  satuan_item: string;
  koefisien: string;
}

function readDataset(): Map<string, CsvRow[]> {
  const rows = parse(readFileSync(DATASET), { columns: true, bom: true, skip_empty_lines: true }) as CsvRow[];
  const items = new Map<string, CsvRow[]>();
  for (const row of rows) items.set(row.kode_ahsp, [...(items.get(row.kode_ahsp) ?? []), row]);
  return items;
}

/** `count` items spread evenly over the list, so every chapter is represented. */
function chooseItems(items: Map<string, CsvRow[]>, count = PEKERJAAN): CsvRow[][] {
  const all = [...items.values()];
  return Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]!);
}

/** Another project of `ownerId` built the same way, with `count` pekerjaan; returns its id. */
export function addAhspProject(databaseUrl: string, ownerId: string, count: number): Promise<string> {
  return buildProject(databaseUrl, ownerId, chooseItems(readDataset(), count));
}

async function buildProject(databaseUrl: string, ownerId: string, items: CsvRow[][]): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    const projectId = randomUUID();
    await client.query(
      `INSERT INTO "Project" (id, "ownerId", name, location, client, "fundingSource", "startDate", "durationDays", "updatedAt")
       VALUES ($1, $2, $3, 'Pangandaran', 'Dinas PUPR', 'APBD', '2026-01-05', 240, now())`,
      [projectId, ownerId, `Bench ${items.length} pekerjaan`],
    );
    const pekerjaanIds = await insertTree(client, projectId, items);
    await insertHargaItems(client, projectId, items.flat());
    await insertLines(client, projectId, items, pekerjaanIds);
    await client.query("COMMIT");
    console.log(`project ${projectId}: ${items.length} pekerjaan, ${items.flat().length} lines`);
    return projectId;
  } finally {
    await client.end();
  }
}

/** A child's id and position among the children of its parent, in order of first appearance. */
function orderedChildren(keys: string[], parentOf: (key: string) => string) {
  const nodes = new Map<string, { id: string; parent: string; position: number }>();
  const counts = new Map<string, number>();
  for (const key of keys) {
    if (nodes.has(key)) continue;
    const parent = parentOf(key);
    const position = counts.get(parent) ?? 0;
    counts.set(parent, position + 1);
    nodes.set(key, { id: randomUUID(), parent, position });
  }
  return nodes;
}

/** Klasifikasi by the kode's first segment, sub-klasifikasi by its first two; returns pekerjaan ids. */
async function insertTree(client: pg.Client, projectId: string, items: CsvRow[][]): Promise<string[]> {
  const subKeys = items.map((item) => item[0]!.kode_ahsp.split(".").slice(0, 2).join("."));
  const klasifikasi = orderedChildren(
    subKeys.map((s) => s.split(".")[0]!),
    () => projectId,
  );
  const subs = orderedChildren(subKeys, (s) => klasifikasi.get(s.split(".")[0]!)!.id);
  const pekerjaan = orderedChildren(
    items.map((_, i) => String(i)),
    (i) => subs.get(subKeys[Number(i)]!)!.id,
  );
  const k = [...klasifikasi.entries()];
  await client.query(
    `INSERT INTO "Klasifikasi" (id, "projectId", name, position)
     SELECT id, $1, 'Klasifikasi ' || name, position FROM unnest($2::uuid[], $3::text[], $4::int[]) AS t(id, name, position)`,
    [projectId, k.map(([, n]) => n.id), k.map(([key]) => key), k.map(([, n]) => n.position)],
  );
  const s = [...subs.entries()];
  await client.query(
    `INSERT INTO "SubKlasifikasi" (id, "projectId", "klasifikasiId", name, position)
     SELECT id, $1, parent, 'Sub ' || name, position
     FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::int[]) AS t(id, parent, name, position)`,
    [projectId, s.map(([, n]) => n.id), s.map(([, n]) => n.parent), s.map(([key]) => key), s.map(([, n]) => n.position)],
  );
  const w = [...pekerjaan.values()];
  await client.query(
    `INSERT INTO "Pekerjaan" (id, "projectId", "subKlasifikasiId", position, source, kode, uraian, satuan, volume, "updatedAt")
     SELECT id, $1, parent, position, 'ref_modified', kode, uraian, satuan, volume, now()
     FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::text[], $6::text[], $7::text[], $8::numeric[])
       AS t(id, parent, position, kode, uraian, satuan, volume)`,
    [
      projectId,
      w.map((n) => n.id),
      w.map((n) => n.parent),
      w.map((n) => n.position),
      items.map((item) => item[0]!.kode_ahsp),
      items.map((item) => item[0]!.nama_ahsp),
      items.map((item) => item[0]!.satuan_parsed),
      items.map((_, i) => String(1 + ((i * 37) % 500) / 10)),
    ],
  );
  return w.map((n) => n.id);
}

/** One harga item per resource; the most used PRICED_RESOURCES get a plausible price. */
async function insertHargaItems(client: pg.Client, projectId: string, lines: CsvRow[]): Promise<void> {
  const uses = new Map<string, { row: CsvRow; count: number }>();
  for (const row of lines) uses.set(row.kode_item, { row, count: (uses.get(row.kode_item)?.count ?? 0) + 1 });
  const ranked = [...uses.values()].sort((a, b) => b.count - a.count);
  const harga = ranked.map((u, rank) => (rank < PRICED_RESOURCES ? String(price(u.row, rank)) : "0"));
  await client.query(
    `INSERT INTO "HargaItem" (id, "projectId", kategori, kode, uraian, satuan, harga, "updatedAt")
     SELECT gen_random_uuid(), $1, k::"Kategori", kode, uraian, satuan, harga, now()
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::numeric[]) AS t(k, kode, uraian, satuan, harga)`,
    [
      projectId,
      ranked.map((u) => u.row.kategori),
      ranked.map((u) => u.row.kode_item),
      ranked.map((u) => u.row.uraian_item),
      ranked.map((u) => u.row.satuan_item),
      harga,
    ],
  );
}

/** Deterministic prices in a realistic range per kategori (labour 90.000–130.000 per OH). */
function price(row: CsvRow, rank: number): number {
  const spread = (rank * 7919) % 1000;
  if (row.kategori === "TK") return 90_000 + spread * 40;
  if (row.kategori === "ALT") return 50_000 + spread * 450;
  return 500 + spread * 1_250;
}

async function insertLines(client: pg.Client, projectId: string, items: CsvRow[][], pekerjaanIds: string[]): Promise<void> {
  const lines = items.flatMap((item, i) => item.map((row, position) => ({ row, position, pekerjaanId: pekerjaanIds[i]! })));
  await client.query(
    `INSERT INTO "PekerjaanLine" (id, "projectId", "pekerjaanId", position, "hargaItemId", koefisien)
     SELECT gen_random_uuid(), $1, l.pekerjaan, l.position, h.id, l.koefisien
     FROM unnest($2::uuid[], $3::int[], $4::text[], $5::numeric[]) AS l(pekerjaan, position, kode, koefisien)
     JOIN "HargaItem" h ON h."projectId" = $1 AND h.kode = l.kode`,
    [
      projectId,
      lines.map((l) => l.pekerjaanId),
      lines.map((l) => l.position),
      lines.map((l) => l.row.kode_item),
      lines.map((l) => l.row.koefisien),
    ],
  );
}

/** Changes one price through the API, so the next read finds the project changed. */
export function priceEdit(base: string, token: string, kode: string) {
  let n = 0;
  return async () => {
    const res = await fetch(`${base}/harga-items`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ items: [{ kode, harga: String(100_000 + (n++ % 2)) }] }),
    });
    if (!res.ok) throw new Error(`harga PATCH: ${res.status} ${await res.text()}`);
  };
}

/**
 * A jadwal as progress is recorded: each pekerjaan planned 12.5% a week over 8 weeks (starts
 * staggered over the first 25 weeks), half of it done with a cost in weeks 1–10. Returns the
 * number of entries.
 */
export async function writeJadwal(databaseUrl: string, projectId: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `INSERT INTO "JadwalEntry" (id, "projectId", "pekerjaanId", week, planned, actual, "actualCost", "updatedAt")
       SELECT gen_random_uuid(), p."projectId", p.id, w, 12.5,
              CASE WHEN w <= 10 THEN 6.25 END, CASE WHEN w <= 10 THEN 150000 + w * 1000 END, now()
         FROM (SELECT id, "projectId", ((row_number() OVER (ORDER BY id) - 1) % 25 + 1)::int AS first
                 FROM "Pekerjaan" WHERE "projectId" = $1) p
        CROSS JOIN LATERAL generate_series(p.first, p.first + 7) w`,
      [projectId],
    );
    return rowCount ?? 0;
  } finally {
    await client.end();
  }
}
