/**
 * GET /kurva-s: the cost-weighted S-curve of planned against actual, per week (or month), the
 * bobot of each pekerjaan, and the earned-value summary.
 *
 * The curve is linear in the pekerjaan: Σ_p bobot_p × percent_p[w] = (Σ_p jumlah_p × percent_p[w]) / D.
 * PostgreSQL sums those products per week in exact numeric (lib/jadwal/repository weeklySums),
 * and the calc engine's kurvaS then takes the whole project as one item of jumlah D: the week-0
 * point, cumulative sums, rounding once to 2 dp, deviation, the equal-weights fallback and the
 * earned-value guards stay the engine's, while ~100,000 entries never reach JavaScript.
 * Pekerjaan without volume take no progress and are left out (with D > 0 their bobot is 0 anyway).
 */
import "server-only";
import { money, percentText } from "@/lib/kernel/decimal";
import {
  Decimal,
  type DecimalValue,
  type KurvaS,
  kurvaS,
  type KurvaSItem,
  monthSplitter,
  projectMonths,
  projectWeeks,
  toDecimal,
  toDecimalString,
  type WeekRange,
} from "@/lib/calc";
import { db } from "@/lib/db/client";
import { type CalcProject, calcProject } from "@/lib/rekap/cache";
import { countIncomplete, type WeeklySum, weeklySums } from "./repository";
import { cachedJadwalView } from "./view-cache";
import type { KurvaSPointView, KurvaSSummary, KurvaSView, JadwalCalendar, JadwalViewKind } from "./types";

interface Weighting {
  /** Every pekerjaan in tree order. */
  pekerjaan: { id: string; jumlah: Decimal }[];
  /** The pekerjaan with volume and their weights: bobot = weight / denominator. */
  weighted: { pekerjaanId: string; weight: Decimal }[];
  totalJumlah: Decimal;
  denominator: Decimal;
}

/** bobot = jumlah / D; with D = 0, as the engine does, each pekerjaan with volume counts 1 / n. */
function weightingOf({ project, analysis }: CalcProject): Weighting {
  const tree = project.klasifikasi.flatMap((k) => k.subKlasifikasi.flatMap((s) => s.pekerjaan));
  const pekerjaan = tree.map((p) => ({ id: p.id, jumlah: analysis.pekerjaan.get(p.id)?.jumlah ?? new Decimal(0) }));
  const withVolume = pekerjaan.filter((_, i) => toDecimal(tree[i]!.volume).gt(0));
  const totalJumlah = withVolume.reduce((s, p) => s.plus(p.jumlah), new Decimal(0));
  const equal = totalJumlah.isZero();
  return {
    pekerjaan,
    weighted: withVolume.map((p) => ({ pekerjaanId: p.id, weight: equal ? new Decimal(1) : p.jumlah })),
    totalJumlah,
    denominator: equal ? new Decimal(withVolume.length) : totalJumlah,
  };
}

export function getKurvaS(projectId: string, view: JadwalViewKind): Promise<KurvaSView> {
  return cachedJadwalView(projectId, view, {
    name: "kurva-s",
    build: (calendar) => buildKurvaS(projectId, calendar, view),
    cells: (v) => v.bobot.length + (v.weeks ?? v.months ?? []).length,
  });
}

async function buildKurvaS(projectId: string, calendar: JadwalCalendar, view: JadwalViewKind): Promise<KurvaSView> {
  return kurvaSViewOf(await calcProject(projectId), calendar, view, async (weighted, weekCount) => {
    const [sums, counts] = await Promise.all([weeklySums(db(), projectId, weighted, weekCount), countIncomplete(db(), projectId)]);
    return { sums, incompletePekerjaan: counts.incompletePekerjaan };
  });
}

/** What the curve reads of the entries, given the weights: the live tables' sums (repository.ts) or a snapshot's (snapshot-sums.ts). */
export type KurvaSEntries = (
  weighted: readonly { pekerjaanId: string; weight: Decimal }[],
  weekCount: number,
) => Promise<{ sums: readonly WeeklySum[]; incompletePekerjaan: number }>;

/** The view of an analyzed tree and its entries, wherever they come from: the live project or a version. */
export async function kurvaSViewOf(
  calc: CalcProject,
  calendar: JadwalCalendar,
  view: JadwalViewKind,
  entries: KurvaSEntries,
): Promise<KurvaSView> {
  const { pekerjaan, weighted, totalJumlah, denominator } = weightingOf(calc);
  const weeks = projectWeeks(calendar);
  const { sums, incompletePekerjaan } = await entries(weighted, weeks.length);
  const series = projectSeries(sums, weeks.length, denominator);
  const item = (planned: DecimalValue[], actual: (DecimalValue | null)[]): KurvaSItem[] =>
    weighted.length === 0 ? [] : [{ id: "proyek", jumlah: totalJumlah, planned, actual }];
  const curve = kurvaS(item(series.planned, series.actual), { weekCount: weeks.length, actualCost: series.actualCost });

  const weightOf = new Map(weighted.map((w) => [w.pekerjaanId, w.weight]));
  const periods =
    view === "week" ? { weeks: weekPoints(curve, weeks) } : { months: monthPoints(calendar, weeks, series, curve.lastActualWeek, item) };
  return {
    ...periods,
    bobot: pekerjaan.map((p) => ({
      pekerjaanId: p.id,
      jumlah: money(p.jumlah),
      bobot: percentText(weightOf.get(p.id)?.div(denominator).times(100) ?? 0),
    })),
    summary: summaryOf(curve, totalJumlah, weeks.length, incompletePekerjaan),
  };
}

interface ProjectSeries {
  /** Weighted % per week (index 0 = week 1), unrounded. */
  planned: Decimal[];
  /** Null after the last week with any actual recorded. */
  actual: (Decimal | null)[];
  actualCost: (string | null)[];
}

function projectSeries(sums: readonly WeeklySum[], weekCount: number, denominator: Decimal): ProjectSeries {
  const byWeek = new Map(sums.map((s) => [s.week, s]));
  const lastActual = sums.reduce((last, s) => (s.hasActual ? Math.max(last, s.week) : last), 0);
  const share = (text: string | undefined) =>
    text === undefined || denominator.isZero() ? new Decimal(0) : toDecimal(text).div(denominator);
  const weeks = Array.from({ length: weekCount }, (_, i) => byWeek.get(i + 1));
  return {
    planned: weeks.map((s) => share(s?.planned)),
    actual: weeks.map((s, i) => (i < lastActual ? share(s?.actual) : null)),
    actualCost: weeks.map((s) => s?.actualCost ?? null),
  };
}

function pointView(p: KurvaS["points"][number], start: string | null, end: string | null): KurvaSPointView {
  const pct = (d: Decimal | null) => (d === null ? null : percentText(d));
  return {
    start,
    end,
    planned: percentText(p.planned),
    actual: pct(p.actual),
    plannedCumulative: percentText(p.plannedCum),
    actualCumulative: pct(p.actualCum),
    deviation: pct(p.deviation),
  };
}

/** Week 0 is the curve's starting point at 0, before the project starts: it has no dates. */
function weekPoints(curve: KurvaS, weeks: readonly WeekRange[]) {
  return curve.points.map((p) => ({ week: p.week, ...pointView(p, weeks[p.week - 1]?.start ?? null, weeks[p.week - 1]?.end ?? null) }));
}

/**
 * The month view (lib/jadwal/calendar MONTH_VIEW_DEFINITION): the weekly weighted series
 * split into months by days, then the same engine's curve over months. Actuals run to the
 * month holding the last week with actuals.
 */
function monthPoints(
  calendar: JadwalCalendar,
  weeks: readonly WeekRange[],
  series: ProjectSeries,
  lastActualWeek: number,
  item: (planned: DecimalValue[], actual: (DecimalValue | null)[]) => KurvaSItem[],
) {
  const months = projectMonths(calendar);
  const toMonths = monthSplitter(calendar);
  const lastEnd = weeks[lastActualWeek - 1]?.end;
  const actualMonths = lastEnd === undefined ? 0 : months.findIndex((m) => m.start <= lastEnd && lastEnd <= m.end) + 1;
  const planned = toMonths(series.planned).map((m) => m.value);
  const actual = toMonths(series.actual).map((m, i) => (i < actualMonths ? m.value : null));
  const curve = kurvaS(item(planned, actual), { weekCount: months.length });
  return curve.points.map((p) => {
    const m = months[p.week - 1];
    return { month: p.week, calendarMonth: m?.month ?? null, ...pointView(p, m?.start ?? null, m?.end ?? null) };
  });
}

function summaryOf(curve: KurvaS, totalJumlah: Decimal, weekCount: number, incompletePekerjaan: number): KurvaSSummary {
  const { asOfWeek, PV, EV, AC, SPI, CPI } = curve.earnedValue;
  const at = curve.points[asOfWeek]!;
  const ratio = (d: Decimal | null) => (d === null ? null : toDecimalString(d, 4));
  return {
    equalWeights: curve.equalWeights,
    complete: incompletePekerjaan === 0,
    incompletePekerjaan,
    totalJumlah: money(totalJumlah),
    weekCount,
    lastActualWeek: curve.lastActualWeek,
    asOfWeek,
    plannedCumulative: percentText(at.plannedCum),
    actualCumulative: percentText(at.actualCum ?? 0),
    deviation: percentText(at.deviation ?? 0),
    PV: money(PV),
    EV: money(EV),
    AC: AC === null ? null : money(AC),
    SPI: ratio(SPI),
    CPI: ratio(CPI),
  };
}
