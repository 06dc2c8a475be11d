/**
 * npm run bench:export
 *
 * How long the exports of a 2,000-pekerjaan project take, end to end over HTTP against a
 * production server (the whole file read): Rekap RAB and Rincian AHSP as XLSX, PDF and CSV.
 * Each file is fetched once cold (right after a price edit, so the analysis is recomputed too)
 * and then BENCH_EXPORT_RUNS times on the unchanged project; the targets of issue 7 apply to
 * the Rekap RAB's median: XLSX under 3 s, PDF under 8 s. The server's memory (RSS) is read
 * from /proc after all runs.
 *
 * The project is scripts/bench/ahsp-project.ts's 2,000 pekerjaan (~12,500 lines) from the
 * shared national list; without ../shared it skips with a message.
 */
import { readFileSync } from "node:fs";
import { benchAhspProject, PEKERJAAN, priceEdit } from "./ahsp-project";
import { median, saveResults, table } from "./support";

const PORT = Number(process.env.BENCH_PORT ?? 3302);
const RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 3);
const FILES = ["rekap-rab.xlsx", "rekap-rab.pdf", "rekap-rab.csv", "rincian-ahsp.xlsx", "rincian-ahsp.pdf", "rincian-ahsp.csv"];
const TARGET_MS: Record<string, number> = { "rekap-rab.xlsx": 3000, "rekap-rab.pdf": 8000 };

async function timedDownload(url: string, token: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body = Buffer.from(await res.arrayBuffer());
  if (!res.ok) throw new Error(`${url}: ${res.status} ${body.toString("utf8").slice(0, 500)}`);
  return { ms: performance.now() - started, bytes: body.length };
}

/** Resident memory of the server process listening on PORT (Linux /proc), in MB. */
function serverRssMb(): string {
  try {
    const pid = serverPid();
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return (Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1]) / 1024).toFixed(0);
  } catch {
    return "?";
  }
}

/** The child of this process started by startServer (the only node child). */
function serverPid(): number {
  const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, "utf8").trim().split(/\s+/).map(Number);
  const pid = children.find((child) => readFileSync(`/proc/${child}/cmdline`, "utf8").includes("scripts/serve.ts"));
  if (!pid) throw new Error("server process not found");
  return pid;
}

function main() {
  return benchAhspProject("export", PORT, async ({ base, token, items }) => {
    const edit = priceEdit(base, token, items[0]![0]!.kode_item);
    const rows = [];
    for (const file of FILES) {
      await edit();
      const cold = await timedDownload(`${base}/exports/${file}`, token);
      const warm: number[] = [];
      for (let i = 0; i < RUNS; i++) warm.push((await timedDownload(`${base}/exports/${file}`, token)).ms);
      const target = TARGET_MS[file];
      rows.push({
        file,
        cold_ms: cold.ms.toFixed(0),
        median_ms: median(warm).toFixed(0),
        max_ms: Math.max(...warm).toFixed(0),
        size_kb: (cold.bytes / 1024).toFixed(0),
        target: target ? `< ${target} ms: ${median(warm) < target && cold.ms < target ? "ok" : "MISSED"}` : "",
      });
      console.log(`${file}: cold ${cold.ms.toFixed(0)} ms, median ${median(warm).toFixed(0)} ms`);
    }
    const rss = serverRssMb();
    console.log(`\n${PEKERJAAN} pekerjaan; cold = first request after a price edit (analysis recomputed), then ${RUNS} runs\n`);
    console.log(table(rows));
    console.log(`\nserver RSS after the runs: ${rss} MB`);
    saveResults("export", { pekerjaan: PEKERJAAN, runs: RUNS, rows, serverRssMb: rss });
    if (rows.some((r) => r.target.endsWith("MISSED"))) process.exitCode = 1;
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
