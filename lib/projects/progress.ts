/**
 * The dashboard's progress chart: planned against actual cumulative progress (the Kurva S of
 * each project's jadwal, lib/jadwal) of the running projects among the filtered ones, those
 * nearest their last day first. Planned is the plan's cumulative % at the end of today's week;
 * actual the cumulative % of the last week with actuals.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { getKurvaS } from "@/lib/jadwal/kurva-s";
import type { ProjectFilters } from "./filters";
import type { ProjectProgress } from "./types";
import { fromIsoDate } from "./view";
import { projectWhere } from "./where";

/** Each is a Kurva S (cached per project while its jadwal and prices stand): a chart's worth. */
export const PROGRESS_PROJECTS = 10;

export async function runningProgress(userId: string, filters: ProjectFilters, today: string): Promise<ProjectProgress[]> {
  if (filters.status === "belum mulai" || filters.status === "selesai") return [];
  const day = fromIsoDate(today);
  const rows = await db().project.findMany({
    where: { AND: [projectWhere(userId, filters, today), { startDate: { lte: day } }, { endDate: { gte: day } }] },
    orderBy: [{ endDate: "asc" }, { id: "asc" }],
    take: PROGRESS_PROJECTS,
    select: { id: true, name: true },
  });
  const progress: ProjectProgress[] = [];
  // One after another: each Kurva S may load a whole project into the calc engine.
  for (const row of rows) {
    const curve = await getKurvaS(row.id, "week");
    const week = curve.weeks?.find((w) => w.start !== null && w.end !== null && w.start <= today && today <= w.end);
    progress.push({ id: row.id, name: row.name, planned: week?.plannedCumulative ?? "0.00", actual: curve.summary.actualCumulative });
  }
  return progress;
}
