/**
 * npm run bench:versions
 *
 * Versions (README "Versi dan addendum") end to end over HTTP against a production server, on
 * scripts/bench/ahsp-project.ts's 2,000-pekerjaan project (~12,500 lines) with a jadwal of 16,000
 * entries: p50/p95 of each case in CASES, sequential requests after a warm-up. Target (issue 17):
 * creating a version p50 ≤ 1 s. The live Rekap RAB is measured alongside: versions must not slow
 * the live project's reads (they read nothing of the ProjectVersion table; the statements of a
 * live read are counted in tests/integration/rekap-query-count.int.test.ts).
 *
 * A case is a row of CASES: its name, requests (BENCH_VERSIONS_RUNS for the writes, default 15),
 * what to send, and optionally a p50 target. Comparison and export cases join the same table.
 * Without ../shared it skips with a message (the project must not depend on it).
 */
import { benchAhspProject, PEKERJAAN, writeJadwal } from "./ahsp-project";
import { authorizedGet, BENCH_REQUESTS, BENCH_WARMUP, measure, saveResults, table, type TimedRow } from "./support";

const PORT = Number(process.env.BENCH_PORT ?? 3323);
const WRITE_RUNS = Number(process.env.BENCH_VERSIONS_RUNS ?? 15);

interface Case {
  name: string;
  requests: number;
  send: () => Promise<Response>;
  targetP50Ms?: number;
}

/** The cases, given the project's url, a bearer token and a version taken before any case runs. */
function cases(base: string, token: string, versionId: string): Case[] {
  const post = (path: string, body?: object) => () =>
    fetch(`${base}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body && JSON.stringify(body),
    });
  const get = (path: string) => authorizedGet(`${base}${path}`, token);
  return [
    {
      name: "POST versions (create)",
      requests: WRITE_RUNS,
      send: post("/versions", { name: "Bench", kind: "addendum" }),
      targetP50Ms: 1000,
    },
    { name: "GET versions (list)", requests: BENCH_REQUESTS, send: get("/versions") },
    { name: "GET versions/{id}/rekap-rab (frozen)", requests: BENCH_REQUESTS, send: get(`/versions/${versionId}/rekap-rab`) },
    { name: "GET versions/{id}/rekap-kebutuhan", requests: BENCH_REQUESTS, send: get(`/versions/${versionId}/rekap-kebutuhan`) },
    { name: "GET rekap-rab (live, unchanged)", requests: BENCH_REQUESTS, send: get("/rekap-rab") },
    // Every pekerjaan is compared whatever changed: the cost is the two analyses and the matching.
    { name: "GET compare (version vs live)", requests: BENCH_REQUESTS, send: get(`/compare?from=${versionId}&to=live`), targetP50Ms: 300 },
    {
      name: "GET exports/perbandingan.xlsx",
      requests: Math.min(BENCH_REQUESTS, 10),
      send: get(`/exports/perbandingan.xlsx?from=${versionId}&to=live`),
      targetP50Ms: 3000,
    },
    // Each restore also takes an automatic version of the state it replaces.
    { name: "POST versions/{id}/restore", requests: Math.min(WRITE_RUNS, 5), send: post(`/versions/${versionId}/restore`) },
  ];
}

function main() {
  return benchAhspProject("versions", PORT, async ({ databaseUrl, base, token, projectId }) => {
    const entries = await writeJadwal(databaseUrl, projectId);
    const first = await post(`${base}/versions`, token, { name: "Kontrak", kind: "kontrak" });
    const rows: (TimedRow & { requests: number; target: string })[] = [];
    for (const c of cases(base, token, first.id)) {
      const row = await measure(c.name, c.send, undefined, c.requests);
      rows.push({ ...row, requests: c.requests, target: c.targetP50Ms === undefined ? "" : `p50 ≤ ${c.targetP50Ms}` });
      if (c.targetP50Ms !== undefined && Number(row.p50_ms) > c.targetP50Ms) process.exitCode = 1;
    }
    console.log(
      `\n${PEKERJAAN} pekerjaan with ${entries} jadwal entries; sequential requests per row as listed, after ${BENCH_WARMUP} warm-up\n`,
    );
    console.log(table(rows));
    console.log(process.exitCode ? "\nTarget missed." : "\nEvery target met.");
    saveResults("versions", { pekerjaan: PEKERJAAN, jadwalEntries: entries, rows });
  });
}

async function post(url: string, token: string, body: object): Promise<{ id: string }> {
  const res = await fetch(url, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()).data;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
