/**
 * npm run bench:copy
 *
 * Project copy end to end over HTTP against a production server, on the projects of
 * scripts/bench/ahsp-project.ts (from the shared national list):
 * - POST /copy of the 2,000-pekerjaan project (~12,500 lines) with a jadwal of 16,000 entries
 *   (each pekerjaan planned over 8 weeks, actuals with a cost in the first 10): target < 5 s;
 * - the same project as a backup: GET …/exports/backup.json and POST /projects/import;
 * - POST /batch-copy of 50 copies of a 300-pekerjaan project in one request: target < 30 s, a
 *   common proxy/request timeout.
 * BENCH_COPY_RUNS (default 5) timed requests per single-copy row, after one warm-up.
 * Without ../shared it skips with a message (the project must not depend on it).
 */
import { addAhspProject, benchAhspProject, PEKERJAAN, writeJadwal } from "./ahsp-project";
import { median, saveResults, table } from "./support";

const PORT = Number(process.env.BENCH_PORT ?? 3321);
const RUNS = Number(process.env.BENCH_COPY_RUNS ?? 5);
const BATCH_PEKERJAAN = 300;
const BATCH_COPIES = 50;
const COPY_TARGET_MS = 5_000;
const BATCH_TARGET_MS = 30_000;

interface Row {
  operation: string;
  runs: number;
  median_ms: string;
  max_ms: string;
  body_kb: string;
}

function main() {
  return benchAhspProject("copy", PORT, async ({ databaseUrl, base, userId, token, projectId }) => {
    const entries = await writeJadwal(databaseUrl, projectId);
    const api = base.replace(/\/projects\/[^/]+$/, "");
    const send =
      (url: string, init: RequestInit = {}) =>
      () =>
        fetch(url, { ...init, headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...init.headers } });
    const copy = (body: object) => send(`${base}/copy`, { method: "POST", body: JSON.stringify(body) });

    const rows: Row[] = [
      await timed(`copy ${PEKERJAAN} pekerjaan + jadwal`, RUNS, copy({ name: "Salinan bench" })),
      await timed(`copy ${PEKERJAAN} pekerjaan, no jadwal`, RUNS, copy({ name: "Salinan bench", includeJadwal: false })),
    ];
    const backup = await (await send(`${base}/exports/backup.json`)()).text();
    rows.push(await timed("GET exports/backup.json", RUNS, send(`${base}/exports/backup.json`)));
    rows.push(await timed("POST projects/import (that backup)", RUNS, send(`${api}/projects/import`, { method: "POST", body: backup })));

    const small = await addAhspProject(databaseUrl, userId, BATCH_PEKERJAAN);
    const batch = send(`${api}/projects/${small}/batch-copy`, {
      method: "POST",
      body: JSON.stringify({ baseName: "Massal", count: BATCH_COPIES }),
    });
    rows.push(await timed(`batch-copy ${BATCH_COPIES} × ${BATCH_PEKERJAAN} pekerjaan`, 1, batch, false));

    console.log(`\n${PEKERJAAN} pekerjaan with ${entries} jadwal entries; backup ${(backup.length / 1024 / 1024).toFixed(1)} MB`);
    console.log(`single-copy rows: median of ${RUNS} sequential requests after 1 warm-up; batch: one request\n`);
    console.log(table(rows.map((r) => ({ ...r }))));
    saveResults("copy", { pekerjaan: PEKERJAAN, jadwalEntries: entries, backupBytes: backup.length, rows });
    const copyMs = Number(rows[0]!.median_ms);
    const batchMs = Number(rows.at(-1)!.median_ms);
    report(`copy of ${PEKERJAAN} pekerjaan`, copyMs, COPY_TARGET_MS);
    report(`batch-copy ${BATCH_COPIES} × ${BATCH_PEKERJAAN}`, batchMs, BATCH_TARGET_MS);
  });
}

/** Times `send` `runs` times (after one untimed warm-up unless `warm` is false); every answer must be 2xx. */
async function timed(operation: string, runs: number, send: () => Promise<Response>, warm = true): Promise<Row> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = warm ? -1 : 0; i < runs; i++) {
    const started = performance.now();
    const res = await send();
    const body = await res.text();
    if (!res.ok) throw new Error(`${operation}: ${res.status} ${body.slice(0, 500)}`);
    if (i >= 0) times.push(performance.now() - started);
    bytes = body.length;
  }
  return {
    operation,
    runs,
    median_ms: median(times).toFixed(0),
    max_ms: Math.max(...times).toFixed(0),
    body_kb: (bytes / 1024).toFixed(0),
  };
}

function report(what: string, ms: number, targetMs: number): void {
  const met = ms <= targetMs;
  console.log(`${met ? "Target met" : "Target missed"}: ${what} ${ms.toFixed(0)} ms (target < ${targetMs} ms)`);
  if (!met) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
