/**
 * The rows under the Jadwal grid, as the printed jadwal has them (lib/exports/reports/jadwal.ts):
 * per week (or month) the weighted planned % and its cumulative, in realisasi the weighted
 * actual % and its cumulative, and with actual costs their sum per column and its cumulative.
 * The percentages are the Kurva S view's points as the server gives them (one engine, one
 * rounding: the printed jadwal and the Kurva S tab show the same figures); the costs are sums of
 * the rupiah shown in the column above, so the row re-adds.
 */
import { Decimal } from "@/lib/calc/decimal";
import type { JadwalView, KurvaSPointView, KurvaSView } from "@/lib/jadwal/types";
import type { JadwalField } from "./grid-model";
import { pekerjaanOf } from "./grid-model";

export interface WeightedRow {
  key: string;
  label: string;
  kind: "percent" | "money";
  /** One per column of the grid; null shows nothing. */
  values: (string | null)[];
  /** The total column: the weekly rows add up to it, as on the printed jadwal; cumulative rows have none. */
  total: string | null;
}

/** The bobot (% of D, 2 dp) of each pekerjaan, as the Kurva S view and the printed jadwal give it. */
export function bobotOf(kurvaS: KurvaSView): Map<string, string> {
  return new Map(kurvaS.bobot.map((b) => [b.pekerjaanId, b.bobot]));
}

export function weightedRows(jadwal: JadwalView, kurvaS: KurvaSView, field: JadwalField): WeightedRow[] {
  // Point 0 is the curve's start, before the first week: it has no column.
  const points: KurvaSPointView[] = (kurvaS.weeks ?? kurvaS.months ?? []).slice(1);
  const percent = (key: string, label: string, pick: (p: KurvaSPointView) => string | null, total: string | null): WeightedRow => ({
    key,
    label,
    kind: "percent",
    values: points.map(pick),
    total,
  });
  const planned = [
    percent("plan", "Rencana (%)", (p) => p.planned, points.at(-1)?.plannedCumulative ?? null),
    percent("plan-cum", "Rencana kumulatif (%)", (p) => p.plannedCumulative, null),
  ];
  if (field === "planned") return planned;
  const actual = [
    percent("real", "Realisasi (%)", (p) => p.actual, kurvaS.summary.actualCumulative),
    percent("real-cum", "Realisasi kumulatif (%)", (p) => p.actualCumulative, null),
  ];
  return field === "actual" ? [...planned, ...actual] : [...planned, ...actual, ...costRows(jadwal)];
}

/** Σ actual cost per column and its running sum, up to the last column with a cost (as the actual curve stops). */
function costRows(jadwal: JadwalView): WeightedRow[] {
  const columns = (jadwal.weeks ?? jadwal.months ?? []).length;
  const sums: (Decimal | null)[] = new Array<Decimal | null>(columns).fill(null);
  for (const p of pekerjaanOf(jadwal)) {
    p.actualCost.forEach((cost, i) => {
      if (cost !== null && i < columns) sums[i] = (sums[i] ?? new Decimal(0)).plus(cost);
    });
  }
  const last = sums.findLastIndex((s) => s !== null);
  let running = new Decimal(0);
  const cumulative = sums.map((s, i) => {
    running = running.plus(s ?? 0);
    return i <= last ? running.toFixed(2) : null;
  });
  return [
    { key: "cost", label: "Biaya aktual (Rp)", kind: "money", values: sums.map((s) => s?.toFixed(2) ?? null), total: running.toFixed(2) },
    { key: "cost-cum", label: "Biaya aktual kumulatif (Rp)", kind: "money", values: cumulative, total: null },
  ];
}
