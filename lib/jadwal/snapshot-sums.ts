/**
 * A version's frozen jadwal as the rows the live views read from PostgreSQL (repository.ts
 * readEntriesRows, weeklySums, countIncomplete): the same sums over a snapshot's entries, so a
 * version's Jadwal and Kurva S are built by the same code as the live ones (jadwal-view.ts
 * jadwalViewOf, kurva-s.ts kurvaSViewOf). Decimal values stay text as the database gives them
 * (the snapshot stores `planned::text`), and sums are exact.
 */
import { Decimal, toDecimal } from "@/lib/calc";
import { groupBy } from "@/lib/collections";
import type { ProjectSnapshot } from "@/lib/snapshot/format";
import type { EntriesRow, WeeklySum } from "./repository";
import { isComplete } from "./rules";

type SnapshotEntry = ProjectSnapshot["jadwal"][number];

const sumText = (values: readonly (string | null)[]): string | null => {
  const present = values.filter((v): v is string => v !== null);
  return present.length === 0 ? null : present.reduce((s, v) => s.plus(toDecimal(v)), new Decimal(0)).toFixed();
};

/** As readEntriesRows: dense series up to `weekCount`, sums over every stored week. */
export function entriesRowsOf(entries: readonly SnapshotEntry[], weekCount: number): EntriesRow[] {
  return [...groupBy(entries, (e) => e.pekerjaan)].map(([pekerjaanId, group]) => {
    const inView = group.filter((e) => e.week <= weekCount);
    const dense = <T>(fill: T, pick: (e: SnapshotEntry) => T) => {
      const values = new Array<T>(weekCount).fill(fill);
      for (const e of inView) values[e.week - 1] = pick(e);
      return values;
    };
    return {
      pekerjaanId,
      planned: dense<string | null>(null, (e) => e.planned),
      actual: dense<string | null>(null, (e) => e.actual),
      actualCost: dense<string | null>(null, (e) => e.actualCost),
      notes: group.filter((e) => e.note !== null).map((e) => ({ week: e.week, note: e.note! })),
      // A version is never edited: no entry version to send back.
      editVersions: new Array<number>(weekCount).fill(0),
      sums: {
        planned: sumText(group.map((e) => e.planned)),
        actual: sumText(group.map((e) => e.actual)),
        actualCost: sumText(group.map((e) => e.actualCost)),
      },
    };
  });
}

/** As weeklySums: per week up to `weekCount` with an entry of a weighted pekerjaan, Σ percent × weight. */
export function weeklySumsOf(
  entries: readonly SnapshotEntry[],
  weights: readonly { pekerjaanId: string; weight: Decimal }[],
  weekCount: number,
): WeeklySum[] {
  const weightOf = new Map(weights.map((w) => [w.pekerjaanId, w.weight]));
  const weeks = groupBy(
    entries.filter((e) => e.week <= weekCount && weightOf.has(e.pekerjaan)),
    (e) => String(e.week),
  );
  const weighted = (group: readonly SnapshotEntry[], pick: (e: SnapshotEntry) => string | null) =>
    group.reduce((s, e) => {
      const value = pick(e);
      return value === null ? s : s.plus(toDecimal(value).times(weightOf.get(e.pekerjaan)!));
    }, new Decimal(0));
  return [...weeks]
    .map(([week, group]) => ({ week: Number(week), group }))
    .sort((a, b) => a.week - b.week)
    .map(({ week, group }) => ({
      week,
      planned: weighted(group, (e) => e.planned).toFixed(),
      actual: weighted(group, (e) => e.actual).toFixed(),
      hasActual: group.some((e) => e.actual !== null),
      actualCost: sumText(group.map((e) => e.actualCost)),
    }));
}

/** As countIncomplete: the pekerjaan with volume whose planned weeks do not sum to 100. */
export function incompleteOf(pekerjaan: readonly { id: string; hasVolume: boolean }[], entries: readonly SnapshotEntry[]): number {
  const planned = new Map<string, Decimal>();
  for (const e of entries)
    if (e.planned !== null) planned.set(e.pekerjaan, (planned.get(e.pekerjaan) ?? new Decimal(0)).plus(toDecimal(e.planned)));
  return pekerjaan.filter((p) => !isComplete(p.hasVolume, planned.get(p.id) ?? new Decimal(0))).length;
}
