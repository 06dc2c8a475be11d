/**
 * GET /projects/stats: the filtered projects counted and summed, by tahun anggaran, sumber dana
 * and status. The budget is each project's Rekap RAB total (D + PPN), by the list's own path
 * (./totals.ts: the calc engine, kept per contentRevision), so a stat is always the sum of what
 * the list and the Rekap RAB show. One statement reads the projects, whatever their number;
 * only a project whose content changed since its total was kept is loaded again.
 */
import "server-only";
import { Decimal } from "@/lib/calc";
import { db } from "@/lib/db/client";
import { money } from "@/lib/kernel/decimal";
import type { ProjectFilters } from "./filters";
import { PROJECT_STATUSES, projectStatus, todayWib } from "./status";
import { currentProjectTotals } from "./totals";
import type { ProjectStats, StatsGroup } from "./types";
import { isoDate } from "./view";
import { projectWhere } from "./where";

interface Counted {
  count: number;
  total: Decimal;
}

function tally<K>(groups: Map<K, Counted>, key: K, total: Decimal): void {
  const group = groups.get(key) ?? { count: 0, total: new Decimal(0) };
  groups.set(key, { count: group.count + 1, total: group.total.plus(total) });
}

const groupView = ({ count, total }: Counted): StatsGroup => ({ count, totalBudget: money(total) });

export async function projectStats(userId: string, filters: ProjectFilters, now = new Date()): Promise<ProjectStats> {
  const today = todayWib(now);
  const rows = await db().project.findMany({
    where: projectWhere(userId, filters, today),
    select: { id: true, contentRevision: true, fiscalYear: true, fundingSource: true, startDate: true, durationDays: true },
  });
  const totals = await currentProjectTotals(rows);
  const byYear = new Map<number | null, Counted>();
  const bySource = new Map<string, Counted>();
  const byStatus = new Map(PROJECT_STATUSES.map((s) => [s, { count: 0, total: new Decimal(0) }]));
  let all: Counted = { count: 0, total: new Decimal(0) };
  for (const row of rows) {
    const total = totals.get(row.id)?.total ?? new Decimal(0);
    all = { count: all.count + 1, total: all.total.plus(total) };
    tally(byYear, row.fiscalYear, total);
    tally(bySource, row.fundingSource, total);
    tally(byStatus, projectStatus({ startDate: isoDate(row.startDate), durationDays: row.durationDays }, today), total);
  }
  return {
    count: all.count,
    totalBudget: money(all.total),
    // Years ascending, "no year" last; sources by budget, largest first (the chart's top N).
    byYear: [...byYear].sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity)).map(([year, group]) => ({ year, ...groupView(group) })),
    byFundingSource: [...bySource]
      .sort(([a, x], [b, y]) => y.total.comparedTo(x.total) || a.localeCompare(b, "id"))
      .map(([fundingSource, group]) => ({ fundingSource, ...groupView(group) })),
    byStatus: PROJECT_STATUSES.map((status) => ({ status, ...groupView(byStatus.get(status)!) })),
    today,
  };
}

/** The funding sources among the caller's active projects, for the filter's suggestions (one statement). */
export async function fundingSourcesOf(userId: string): Promise<string[]> {
  const rows = await db().project.findMany({
    where: projectWhere(userId, { archived: false }, todayWib()),
    distinct: ["fundingSource"],
    select: { fundingSource: true },
    orderBy: { fundingSource: "asc" },
    take: 200,
  });
  return rows.map((r) => r.fundingSource);
}
