/**
 * Each listed project's total, from the calc engine itself (lib/rekap): the projects list
 * shows exactly the Rekap RAB's printed total, with no second implementation of the money
 * formula to drift from it. Totals are kept per Project.contentRevision, so an unchanged project
 * costs nothing; a changed one is loaded and analyzed once (and its analysis stays in the
 * calc cache for the Rekap pages that usually follow).
 */
import { ApiError } from "@/lib/kernel/errors";
import { sharedContentRevisionCache } from "@/lib/cache/content-revision-cache";
import type { Decimal } from "@/lib/calc";
import { calcProject } from "@/lib/rekap/cache";
import { rekapRabOf } from "@/lib/rekap/rekap-rab";

export interface ProjectTotal {
  total: Decimal;
  pembulatan: Decimal;
}

/** Totals are two decimals per project: tens of thousands cost a few MB per process. */
const kept = sharedContentRevisionCache<ProjectTotal>("projectTotals", 20_000, () => 1);

/**
 * Totals of listed projects, each at (at least) the contentRevision its row was read at. A project
 * deleted since its row was read has none. Changed projects are computed one after another:
 * in parallel, a page of 100 would hold 100 loaded projects in the heap at once and queue
 * 300 statements on the pool.
 */
export async function currentProjectTotals(
  projects: readonly { id: string; contentRevision: number }[],
): Promise<Map<string, ProjectTotal>> {
  const totals = new Map<string, ProjectTotal>();
  for (const p of projects) {
    const total = kept.get(p.id, p.contentRevision) ?? (await computeTotal(p));
    if (total) totals.set(p.id, total);
  }
  return totals;
}

async function computeTotal({ id, contentRevision }: { id: string; contentRevision: number }): Promise<ProjectTotal | null> {
  const calc = await calcProject(id, contentRevision).catch((error: unknown) => {
    if (error instanceof ApiError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!calc) return null;
  const { total, pembulatan } = rekapRabOf(calc);
  const result = { total, pembulatan };
  kept.set(id, calc.project.contentRevision, result);
  return result;
}
