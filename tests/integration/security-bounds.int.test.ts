// Every documented input bound (README "Input bounds"), sent at its maximum and one row or byte
// past it, to the cluster as `npm start` runs it: one worker at the default WORKER_HEAP_MB
// (256). At the bound the request succeeds; past it the answer is a 4xx with an Indonesian
// message; and the worker that served them all is the one that started (no worker died).
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import ExcelJS from "exceljs";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { MAX_AHSP_ROWS, MAX_XLSX_INFLATED_BYTES } from "@/lib/ahsp";
import { MAX_HARGA_FILE_ROWS } from "@/lib/harga-items/import-limits";
import { PROJECT_LIMITS } from "@/lib/projects/limits";
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from "@/lib/snapshot/format";
import { MAX_BACKUP_BYTES } from "@/lib/snapshot/limits";
import { query } from "../support/database";
import { rabClient } from "../support/rab";
import { clusterWorkerPids, ROOT, startServer, type RunningServer } from "../support/server";

const PORT = Number(process.env.TEST_PORT ?? 3101) + 2;
let server: RunningServer;
let client: ReturnType<typeof rabClient>;
let token: string;
let workers: number[];

const workerPids = () => clusterWorkerPids(server.child.pid!);

beforeAll(async () => {
  expect(process.env.WORKER_HEAP_MB, "the test measures the default heap").toBeUndefined();
  // start.ts rebuilds unless the build is stamped with HEAD; the suite runs against the build it has (global setup).
  const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  writeFileSync(path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "source-revision"), head);
  server = await startServer(
    PORT,
    { DATABASE_URL: inject("databaseUrl"), REDIS_URL: inject("redisUrl"), WEB_CONCURRENCY: "1" },
    { script: "scripts/start.ts" },
  );
  client = rabClient(server.url);
  ({ token } = await client.newUser("batas"));
  workers = workerPids();
  expect(workers).toHaveLength(1);
}, 120_000);

afterEach(() => expect(workerPids(), "no worker died").toEqual(workers));
afterAll(() => server?.stop());

const PROJECT = {
  name: "Batas",
  location: "Bandung",
  client: "Dinas PU",
  fundingSource: "APBD",
  fiscalYear: 2026,
  ownerBudget: null,
  description: null,
  parties: {},
  startDate: "2026-01-05",
  durationDays: 350,
  weekEndDay: 0,
  overheadProfitPercent: "10",
  ppnPercent: "11",
  roundingBase: 1000,
};
const backup = (parts: object) => ({
  format: SNAPSHOT_FORMAT,
  version: SNAPSHOT_VERSION,
  kind: "project",
  project: PROJECT,
  parameters: [],
  hargaItems: [],
  klasifikasi: [],
  jadwal: [],
  ...parts,
});
const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
const pekerjaan = (i: number, lines = 0, takeoff = 0) => ({
  key: `p${i}`,
  source: "custom",
  ahsp: null,
  ahspEdition: null,
  kode: null,
  uraian: "P",
  satuan: "m3",
  overheadProfitPercent: null,
  lines: times(lines, () => ({ kode: "L", koefisien: "1", bundle: null })),
  volume: "1",
  volumeFormula: null,
  takeoff: times(takeoff, () => ({ uraian: "Sloof", formula: "2 * 0.5", result: "1" })),
});
const tree = (items: object[]) => [{ name: "K", subKlasifikasi: [{ name: "S", pekerjaan: items }] }];
const LABOUR = [{ kategori: "TK", kode: "L", uraian: "Pekerja", satuan: "OH", harga: "100000" }];
const LINES_PER_PEKERJAAN = PROJECT_LIMITS.lines / PROJECT_LIMITS.pekerjaan;

/** Each bound's backup at the maximum (`over` false) or one past it. */
const BACKUPS: Record<keyof typeof PROJECT_LIMITS, (over: boolean) => object> = {
  klasifikasi: (over) =>
    backup({ klasifikasi: times(PROJECT_LIMITS.klasifikasi + Number(over), () => ({ name: "K", subKlasifikasi: [] })) }),
  subKlasifikasi: (over) =>
    backup({
      klasifikasi: [
        { name: "K", subKlasifikasi: times(PROJECT_LIMITS.subKlasifikasi + Number(over), () => ({ name: "S", pekerjaan: [] })) },
      ],
    }),
  pekerjaan: (over) =>
    backup({
      hargaItems: LABOUR,
      klasifikasi: tree(
        times(PROJECT_LIMITS.pekerjaan + Number(over), (i) => pekerjaan(i, i < PROJECT_LIMITS.pekerjaan ? LINES_PER_PEKERJAAN : 0)),
      ),
    }),
  lines: (over) =>
    backup({
      hargaItems: LABOUR,
      klasifikasi: tree(times(PROJECT_LIMITS.pekerjaan, (i) => pekerjaan(i, LINES_PER_PEKERJAAN + Number(over && i === 0)))),
    }),
  takeoffRows: (over) => {
    const perPekerjaan = PROJECT_LIMITS.takeoffRows / PROJECT_LIMITS.pekerjaan;
    return backup({
      klasifikasi: tree(times(PROJECT_LIMITS.pekerjaan, (i) => pekerjaan(i, 0, perPekerjaan + Number(over && i === 0)))),
    });
  },
  hargaItems: (over) => backup({ hargaItems: times(PROJECT_LIMITS.hargaItems + Number(over), (i) => ({ ...LABOUR[0], kode: `H${i}` })) }),
  parameters: (over) => backup({ parameters: times(PROJECT_LIMITS.parameters + Number(over), (i) => ({ name: `p${i}`, value: "1" })) }),
  jadwalEntries: (over) => {
    const weeks = 50;
    const count = PROJECT_LIMITS.jadwalEntries / weeks;
    const entries = times(PROJECT_LIMITS.jadwalEntries + Number(over), (i) => ({
      pekerjaan: `p${i % count}`,
      week: 1 + Math.floor(i / count),
      planned: "0.5",
      actual: null,
      actualCost: null,
      note: null,
    }));
    return backup({ klasifikasi: tree(times(count, (i) => pekerjaan(i))), jadwal: entries });
  },
};

const restored: Partial<Record<keyof typeof PROJECT_LIMITS, string>> = {};

describe("POST /projects/import at and past every array bound", () => {
  for (const kind of Object.keys(PROJECT_LIMITS) as (keyof typeof PROJECT_LIMITS)[]) {
    it(`${kind}: ${PROJECT_LIMITS[kind]} imports, one more is refused`, { timeout: 180_000 }, async () => {
      const atMax = JSON.stringify(BACKUPS[kind](false));
      expect(atMax.length).toBeLessThanOrEqual(MAX_BACKUP_BYTES);
      const ok = await client.call("/api/v1/projects/import", { token, body: atMax, headers: { "content-type": "application/json" } });
      expect(ok.status, JSON.stringify(ok.body).slice(0, 300)).toBe(201);
      restored[kind] = ok.body.data.id;
      const over = await client.call("/api/v1/projects/import", { token, json: BACKUPS[kind](true) });
      expect(over.status).toBe(400);
      expect(over.body.error.message).toMatch(/^Berkas cadangan tidak valid: .*Maksimal [\d.]+ .* per proyek\./);
    });
  }
});

describe("the project size ceiling", () => {
  it("exports a project at the ceiling, and refuses to export one past it with 409", { timeout: 180_000 }, async () => {
    const big = restored.lines!;
    const res = await client.call(`/api/v1/projects/${big}/exports/backup.json`, { token });
    expect(res.status).toBe(200);
    expect(res.body.klasifikasi[0].subKlasifikasi[0].pekerjaan).toHaveLength(PROJECT_LIMITS.pekerjaan);
    expect((await client.call(`/api/v1/projects/${big}/exports/rekap-rab.xlsx`, { token })).status).toBe(200);
    // A project made before the ceiling existed: one klasifikasi past it, written directly.
    const wide = restored.klasifikasi!;
    await query(
      inject("databaseUrl"),
      `INSERT INTO "Klasifikasi" (id, "projectId", name, position) VALUES (gen_random_uuid(), $1, 'K', 9999)`,
      [wide],
    );
    const refused = await client.call(`/api/v1/projects/${wide}/exports/rekap-rab.xlsx`, { token });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: "CONFLICT",
      message: "Proyek terlalu besar untuk diekspor: maksimal 1.000 klasifikasi per proyek.",
    });
  });

  it("refuses a write that would pass it, and writes nothing", { timeout: 180_000 }, async () => {
    const full = restored.pekerjaan!;
    const tree = await client.ok(token, `/api/v1/projects/${full}/tree`);
    const subKlasifikasiId = tree.klasifikasi[0].subKlasifikasi[0].id;
    const res = await client.call(`/api/v1/projects/${full}/pekerjaan`, {
      token,
      json: { subKlasifikasiId, source: "custom", uraian: "Satu lagi", satuan: "m3" },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe("Proyek melebihi batas ukuran: maksimal 5.000 pekerjaan per proyek. Tidak ada yang disimpan.");
    const [row] = await query<{ count: number }>(
      inject("databaseUrl"),
      `SELECT count(*)::int AS count FROM "Pekerjaan" WHERE "projectId" = $1`,
      [full],
    );
    expect(row!.count).toBe(PROJECT_LIMITS.pekerjaan);
    const copy = await client.call(`/api/v1/projects/${full}/copy`, { token, json: { name: "Salinan penuh" } });
    expect(copy.status).toBe(201);
  });
});

/** A real workbook of `rows` price rows whose parts inflate to exactly `inflated` bytes (the sheet padded with spaces). */
async function paddedXlsx(rows: string[][], inflated: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Harga");
  for (const row of rows) sheet.addRow(row);
  const parts = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const name = "xl/worksheets/sheet1.xml";
  const total = Object.values(parts).reduce((sum, p) => sum + p.length, 0);
  const xml = new TextDecoder().decode(parts[name]);
  parts[name] = strToU8(xml.replace("</worksheet>", `${" ".repeat(inflated - total)}</worksheet>`));
  return zipSync(parts, { level: 9 });
}

/** The same archive with every declared uncompressed size set to 1 KB. */
function lyingSizes(zip: Uint8Array): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 4 <= copy.length; at++) {
    if (view.getUint32(at, true) === 0x04034b50) view.setUint32(at + 22, 1024, true);
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 1024, true);
  }
  return copy;
}

describe("POST …/harga-items/import at and past its bounds", () => {
  let projectId: string;
  beforeAll(async () => {
    projectId = await client.newProject(token);
  });

  const importFile = (file: Uint8Array | string, name: string) => {
    const form = new FormData();
    form.set("file", new Blob([file as BlobPart]), name);
    return client.call(`/api/v1/projects/${projectId}/harga-items/import`, { method: "POST", body: form, token });
  };
  const priceRows = (n: number) => [["kode", "uraian", "satuan", "harga"], ...times(n - 1, (i) => [`K.${i}`, `Bahan ${i}`, "kg", "1000"])];
  const csv = (n: number) =>
    priceRows(n)
      .map((r) => r.join(";"))
      .join("\n");

  it(`reads a CSV of ${MAX_HARGA_FILE_ROWS} rows and refuses one more row, and 780,000 tiny rows`, async () => {
    const ok = await importFile(csv(MAX_HARGA_FILE_ROWS), "harga.csv");
    expect(ok.status, JSON.stringify(ok.body).slice(0, 300)).toBe(200);
    expect(ok.body.data.counts.rows).toBe(MAX_HARGA_FILE_ROWS - 1);
    for (const file of [csv(MAX_HARGA_FILE_ROWS + 1), "a;b;1\n".repeat(780_000)]) {
      const over = await importFile(file, "harga.csv");
      expect(over.status).toBe(413);
      expect(over.body.error.message).toBe("Berkas melebihi batas 50.000 baris. Bagi menjadi beberapa berkas.");
    }
  });

  it("reads an XLSX inflating to exactly the limit, and refuses one byte more even when its headers declare 1 KB", async () => {
    const rows = priceRows(10);
    const ok = await importFile(await paddedXlsx(rows, MAX_XLSX_INFLATED_BYTES), "harga.xlsx");
    expect(ok.status, JSON.stringify(ok.body).slice(0, 300)).toBe(200);
    expect(ok.body.data.counts.rows).toBe(9);
    const bomb = lyingSizes(await paddedXlsx(rows, MAX_XLSX_INFLATED_BYTES + 1));
    const over = await importFile(bomb, "harga.xlsx");
    expect(over.status).toBe(413);
    expect(over.body.error.message).toBe("Isi berkas XLSX melebihi 64 MB setelah diekstrak.");
  });
});

describe("POST /ahsp/import at and past its row bound", () => {
  it(`reads a library of ${MAX_AHSP_ROWS} rows and refuses one more`, async () => {
    const admin = await client.newUser("batas-admin");
    await query(inject("databaseUrl"), `UPDATE "User" SET "isAdmin" = true WHERE id = $1`, [admin.id]);
    const header = "kode_ahsp,nama_ahsp,satuan,kategori,kode_item,uraian_item,satuan_item,koefisien";
    const library = (n: number) =>
      [
        header,
        ...times(n - 1, (i) => `9.${Math.floor(i / 6)},Pekerjaan ${Math.floor(i / 6)},m3,TK,L.0${i % 6},Pekerja ${i % 6},OH,0.5`),
      ].join("\n");
    const upload = (rows: number) =>
      client.call(`/api/v1/ahsp/import?edition=Batas&dryRun=true`, {
        method: "POST",
        token: admin.token,
        body: library(rows),
        headers: { "content-type": "text/csv" },
      });
    const ok = await upload(MAX_AHSP_ROWS);
    expect(ok.status, JSON.stringify(ok.body).slice(0, 300)).toBe(200);
    const over = await upload(MAX_AHSP_ROWS + 1);
    expect(over.status).toBe(413);
    expect(over.body.error.message).toBe("Berkas melebihi batas 150.000 baris. Bagi menjadi beberapa berkas.");
  });
});
