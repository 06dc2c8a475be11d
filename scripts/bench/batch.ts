/**
 * npm run bench:batch
 *
 * Building the tree quickly (issue 18): POST …/pekerjaan/batch of 200 library items, end to end
 * over HTTP against a production server, on a fresh database with a library edition of its own
 * (200 items × 6 lines over a pool of 300 resources, as the national list averages ~6 lines an
 * item): p50/p95 of sequential requests after a warm-up. Target: p50 ≤ 1 s. Two rows: into an
 * empty project, and into one of 2,000 pekerjaan (tests/support/large-project.ts), where the
 * size-ceiling count and the price list are larger. Before each request (untimed) the previous
 * batch is deleted, so every request adds the same 200 items to the same project. The rate
 * limiter is off: 20 writes a minute would otherwise cap the runs.
 */
import pg from "pg";
import { apiClient } from "../../tests/support/api";
import { freshDatabase } from "../../tests/support/database";
import { seedLargeProject } from "../../tests/support/large-project";
import { type AhspSeedItem, type AhspSeedLine, seedAhspEdition } from "../../tests/support/rab";
import { ensureBuild, startServer } from "../../tests/support/server";
import { measure, reportTarget, saveResults, table } from "./support";

const PORT = Number(process.env.BENCH_PORT ?? 3325);
const RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 20);
const ITEMS = 200;
const LINES_PER_ITEM = 6;
const RESOURCES = 300;
const TARGET_P50_MS = 1000;
const KATEGORI: AhspSeedLine["kategori"][] = ["TK", "BHN", "ALT"];

function library(): AhspSeedItem[] {
  return Array.from({ length: ITEMS }, (_, i) => ({
    kode: `B.${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
    uraian: `Pekerjaan bench ${i + 1}`,
    satuan: "m3",
    lines: Array.from({ length: LINES_PER_ITEM }, (_, j) => {
      const r = (i * 7 + j * 31) % RESOURCES;
      return {
        kategori: KATEGORI[r % 3]!,
        kodeItem: `R.${r}`,
        uraianItem: `Sumber daya ${r}`,
        satuanItem: "unit",
        koefisien: `0.${j + 1}25`,
      };
    }),
  }));
}

async function main() {
  ensureBuild();
  const databaseUrl = await freshDatabase(process.env.BENCH_DB ?? "rab_bench_batch");
  const server = await startServer(PORT, {
    DATABASE_URL: databaseUrl,
    RATE_LIMIT_STORE: "memory",
    RATE_LIMIT_ENABLED: "false",
    LOG_LEVEL: "warn",
  });
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    const ahspIds = await seedAhspEdition(databaseUrl, "Bench batch", library());
    const api = apiClient(server.url);
    const user = await api.newUser("bench-batch");
    const ok = async (path: string, json: object) => {
      const res = await api.call(path, { token: user.token, json });
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.data;
    };
    const empty = (
      await ok("/api/v1/projects", {
        name: "Bench batch",
        location: "Bandung",
        client: "Dinas",
        fundingSource: "APBD",
        startDate: "2026-01-05",
        durationDays: 120,
      })
    ).id as string;
    const large = await seedLargeProject(admin, user.id, 2000);
    const rows = [];
    for (const [name, projectId] of [
      ["into an empty project", empty],
      ["into a project of 2,000 pekerjaan", large],
    ] as const) {
      const klasifikasi = await ok(`/api/v1/projects/${projectId}/klasifikasi`, { name: "Bench" });
      const sub = await ok(`/api/v1/projects/${projectId}/klasifikasi/${klasifikasi.id}/sub-klasifikasi`, { name: "Batch" });
      const body = JSON.stringify({ subKlasifikasiId: sub.id, items: ahspIds.map((ahspId) => ({ ahspId, source: "ref" })) });
      const send = () =>
        fetch(`${server.url}/api/v1/projects/${projectId}/pekerjaan/batch`, {
          method: "POST",
          headers: { authorization: `Bearer ${user.token}`, "content-type": "application/json" },
          body,
        });
      const clear = async () => void (await admin.query(`DELETE FROM "Pekerjaan" WHERE "subKlasifikasiId" = $1`, [sub.id]));
      rows.push(await measure(`POST pekerjaan/batch, ${ITEMS} items ${name}`, send, clear, RUNS));
    }
    console.log(`\n${ITEMS} items × ${LINES_PER_ITEM} lines per request; ${RUNS} sequential requests per row after a warm-up\n`);
    console.log(table(rows));
    reportTarget(rows, () => true, TARGET_P50_MS);
    saveResults("batch", { items: ITEMS, linesPerItem: LINES_PER_ITEM, runs: RUNS, rows });
  } finally {
    await admin.end();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
