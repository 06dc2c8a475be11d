/**
 * A version analyzed by the calc engine, for its reports and comparisons. Versions never change,
 * so an analysis is kept in process by version id with no revision to check, bounded by lines
 * held like the live projects' cache (lib/rekap/cache.ts): a 2,000-pekerjaan version costs one
 * read of its snapshot (without the jadwal) and ~100 ms of CPU, once per process.
 */
import "server-only";
import { weightedLru } from "@/lib/cache/weighted-lru";
import type { CalcProject } from "@/lib/rekap/cache";
import { analyzeSnapshot } from "./loaded";
import { versionNotFound, versionPricedSnapshot } from "./repository";

interface Entry extends CalcProject {
  projectId: string;
}

/** As lib/rekap/cache.ts: ~3 versions of 12,000 lines (~45 MB) per process. */
const MAX_CACHED_LINES = 40_000;

// On globalThis: Next may load this module once per route bundle.
const holder = globalThis as unknown as { __versionCalcs?: ReturnType<typeof weightedLru<Entry>> };
const entries = (holder.__versionCalcs ??= weightedLru<Entry>(MAX_CACHED_LINES, (e) => countLines(e)));

export async function calcVersion(projectId: string, versionId: string): Promise<CalcProject> {
  const kept = entries.get(versionId);
  if (kept) {
    // The id came from a URL of this project: a version of another project is not here.
    if (kept.projectId !== projectId) throw versionNotFound();
    return kept;
  }
  const calc = analyzeSnapshot(await versionPricedSnapshot(projectId, versionId));
  keepVersionCalc(projectId, versionId, calc);
  return calc;
}

/** Keeps the analysis a new version was priced with: its first report needs no load. */
export function keepVersionCalc(projectId: string, versionId: string, calc: CalcProject): void {
  entries.set(versionId, { ...calc, projectId });
}

function countLines({ project }: CalcProject): number {
  let lines = 0;
  for (const p of project.pekerjaan.values()) lines += p.lines.length;
  return lines;
}
