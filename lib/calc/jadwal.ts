/**
 * Jadwal & Kurva S.
 *
 * Weeks are the canonical unit: week 1 runs from the start date to the first week-end
 * day (configurable weekday), later weeks are 7 days, and the last week is cut at the
 * project end (start + durationDays − 1). Months are a derived view: a week spanning two
 * months splits its value by days.
 *
 * Dates are "YYYY-MM-DD" strings and all day arithmetic is on UTC day numbers, so the
 * server's time zone and daylight saving can never shift a week.
 */
import { Decimal, type DecimalValue, HUNDRED, ROUND_HALF_UP, ZERO, toDecimal } from "./decimal";
import { CalcError } from "./errors";

export type IsoDate = string;

export interface ProjectCalendar {
  startDate: IsoDate;
  /** Calendar days, ≥ 1; the project ends on start + durationDays − 1. */
  durationDays: number;
  /** Last day of a project week, 0 = Sunday … 6 = Saturday. Default 0 (weeks Monday–Sunday). */
  weekEndDay?: number;
}

export interface DateRange {
  start: IsoDate;
  end: IsoDate;
  days: number;
}

export interface WeekRange extends DateRange {
  /** 1-based. */
  week: number;
}

export interface MonthRange extends DateRange {
  /** 1-based month of the project. */
  index: number;
  /** Calendar month, "YYYY-MM". */
  month: string;
}

export interface MonthValue extends MonthRange {
  value: Decimal;
}

export const MAX_DURATION_DAYS = 10000;
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// ---------------------------------------------------------------- dates

/** Days since 1970-01-01 (UTC) of a strict, valid "YYYY-MM-DD". */
export function dayNumber(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  const ms = Date.UTC(y, mo - 1, d);
  // Date.UTC rolls 2025-02-30 over to March: a round trip catches impossible dates.
  if (!m || y < 1900 || Number.isNaN(ms) || fromDayNumber(ms / MS_PER_DAY) !== date) {
    throw new CalcError("INVALID_JADWAL", `Tanggal tidak valid (format YYYY-MM-DD): ${date}`);
  }
  return ms / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function range(startDay: number, endDay: number): DateRange {
  return { start: fromDayNumber(startDay), end: fromDayNumber(endDay), days: endDay - startDay + 1 };
}

function checkCalendar(cal: ProjectCalendar): { start: number; end: number; weekEndDay: number } {
  const start = dayNumber(cal.startDate);
  const { durationDays } = cal;
  if (!Number.isInteger(durationDays) || durationDays < 1 || durationDays > MAX_DURATION_DAYS) {
    throw new CalcError("INVALID_JADWAL", `Durasi harus bilangan bulat 1–${MAX_DURATION_DAYS} hari: ${durationDays}`);
  }
  const weekEndDay = cal.weekEndDay ?? 0;
  if (!Number.isInteger(weekEndDay) || weekEndDay < 0 || weekEndDay > 6) {
    throw new CalcError("INVALID_JADWAL", `Hari akhir minggu harus 0 (Minggu) s.d. 6 (Sabtu): ${weekEndDay}`);
  }
  return { start, end: start + durationDays - 1, weekEndDay };
}

export function projectEndDate(cal: ProjectCalendar): IsoDate {
  return fromDayNumber(checkCalendar(cal).end);
}

// ---------------------------------------------------------------- weeks and months

export function projectWeeks(cal: ProjectCalendar): WeekRange[] {
  const { start, end, weekEndDay } = checkCalendar(cal);
  const weeks: WeekRange[] = [];
  let from = start;
  let to = Math.min(end, start + ((weekEndDay - weekday(start) + 7) % 7));
  while (from <= end) {
    weeks.push({ week: weeks.length + 1, ...range(from, to) });
    from = to + 1;
    to = Math.min(end, from + 6);
  }
  return weeks;
}

/** The project week containing `date`, or null outside the project. */
export function weekOfDate(cal: ProjectCalendar, date: IsoDate): number | null {
  const day = dayNumber(date);
  const found = projectWeeks(cal).find((w) => day >= dayNumber(w.start) && day <= dayNumber(w.end));
  return found?.week ?? null;
}

/** Calendar months of the project, the first and last cut at the project's start and end. */
export function projectMonths(cal: ProjectCalendar): MonthRange[] {
  const { start, end } = checkCalendar(cal);
  const months: MonthRange[] = [];
  for (let from = start; from <= end;) {
    const d = new Date(from * MS_PER_DAY);
    const nextMonth = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / MS_PER_DAY;
    const to = Math.min(end, nextMonth - 1);
    months.push({ index: months.length + 1, month: fromDayNumber(from).slice(0, 7), ...range(from, to) });
    from = to + 1;
  }
  return months;
}

/**
 * Spreads weekly values (index 0 = week 1) over calendar months in proportion to days.
 * A week's last month gets the remainder, so Σ months = Σ weeks exactly.
 */
export function weeklyToMonthly(cal: ProjectCalendar, weekly: readonly (DecimalValue | null | undefined)[]): MonthValue[] {
  return monthSplitter(cal)(weekly);
}

/** How one week's value divides over the months it overlaps, in month order. */
interface WeekSplit {
  week: WeekRange;
  /** Index into the month list, and the week's days inside that month. */
  parts: { month: number; days: number }[];
}

/**
 * weeklyToMonthly with the calendar worked out once: a grid or Kurva S converts thousands of
 * weekly series of one project, and each needs the same week/month overlaps.
 */
export function monthSplitter(cal: ProjectCalendar): (weekly: readonly (DecimalValue | null | undefined)[]) => MonthValue[] {
  const weeks = projectWeeks(cal);
  const months = projectMonths(cal);
  const monthDays = months.map((m) => [dayNumber(m.start), dayNumber(m.end)] as const);
  const splits: WeekSplit[] = weeks.map((week) => {
    const [ws, we] = [dayNumber(week.start), dayNumber(week.end)];
    const parts = monthDays.flatMap(([ms, me], month) =>
      ms <= we && me >= ws ? [{ month, days: Math.min(we, me) - Math.max(ws, ms) + 1 }] : [],
    );
    return { week, parts };
  });
  return (weekly) => {
    if (weekly.length > weeks.length) {
      throw new CalcError("INVALID_JADWAL", `Nilai untuk ${weekly.length} minggu, proyek hanya ${weeks.length} minggu`);
    }
    const values = months.map(() => ZERO);
    splits.forEach(({ week, parts }, i) => {
      const raw = weekly[i];
      if (raw === null || raw === undefined) return;
      const value = toDecimal(raw, `minggu ${week.week}`);
      let given = ZERO;
      parts.forEach(({ month, days }, k) => {
        const share = k === parts.length - 1 ? value.minus(given) : value.times(days).div(week.days);
        given = given.plus(share);
        values[month] = values[month]!.plus(share);
      });
    });
    return months.map((m, i) => ({ ...m, value: values[i]! }));
  };
}

// ---------------------------------------------------------------- Kurva S

export interface KurvaSItem {
  id: string;
  /** The pekerjaan's jumlah from the RAB (G × volume). */
  jumlah: DecimalValue;
  /** Planned % of the pekerjaan per week, index 0 = week 1. */
  planned: readonly (DecimalValue | null | undefined)[];
  /** Actual % per week; null/undefined = not recorded (0 = recorded, no progress). */
  actual?: readonly (DecimalValue | null | undefined)[];
}

export interface KurvaSOptions {
  weekCount: number;
  /** Project actual cost per week (index 0 = week 1), for AC and CPI. */
  actualCost?: readonly (DecimalValue | null | undefined)[];
  /** Week of the earned-value summary; default the last week with any actual recorded. */
  asOfWeek?: number;
}

/** Percentages rounded to 2 dp (computed from exact sums, rounded once for display). */
export interface KurvaSPoint {
  week: number;
  planned: Decimal;
  plannedCum: Decimal;
  /** Null after the last week with actuals, so the chart line stops there. */
  actual: Decimal | null;
  actualCum: Decimal | null;
  /** actualCum − plannedCum. */
  deviation: Decimal | null;
}

export interface EarnedValue {
  asOfWeek: number;
  /** Planned value: Σ jumlah × planned cumulative %. */
  PV: Decimal;
  /** Earned value: Σ jumlah × actual cumulative %. */
  EV: Decimal;
  /** Actual cost to date; null when no actual cost was given. */
  AC: Decimal | null;
  /** EV / PV; null when PV = 0. */
  SPI: Decimal | null;
  /** EV / AC; null when AC is missing or 0. */
  CPI: Decimal | null;
}

export type JadwalIssueKind = "VALUE_OUT_OF_RANGE" | "TOTAL_OVER_100" | "PLANNED_NOT_100" | "BEYOND_LAST_WEEK";

export interface JadwalIssue {
  kind: JadwalIssueKind;
  itemId: string;
  series: "planned" | "actual";
  /** For per-week issues. */
  week?: number;
}

export interface KurvaS {
  /** D: Σ jumlah. */
  totalJumlah: Decimal;
  /** bobot_p = jumlah_p / D, a fraction (× 100 for percent), unrounded. */
  bobot: ReadonlyMap<string, Decimal>;
  /** True when D = 0 and every item was weighted equally instead. */
  equalWeights: boolean;
  /** Week 0 (all 0) to weekCount. */
  points: readonly KurvaSPoint[];
  /** 0 when no actual has been recorded. */
  lastActualWeek: number;
  earnedValue: EarnedValue;
  /** Data problems to show; they never stop the calculation. */
  issues: readonly JadwalIssue[];
}

interface ParsedItem {
  id: string;
  jumlah: Decimal;
  planned: Decimal[];
  actual: (Decimal | null)[];
}

export function kurvaS(items: readonly KurvaSItem[], options: KurvaSOptions): KurvaS {
  const { weekCount } = options;
  if (!Number.isInteger(weekCount) || weekCount < 0) {
    throw new CalcError("INVALID_JADWAL", `Jumlah minggu tidak valid: ${weekCount}`);
  }
  const issues: JadwalIssue[] = [];
  const parsed = items.map((item) => parseItem(item, weekCount, issues));
  const weighting = weights(parsed);
  const { bobot, totalJumlah, equalWeights } = weighting;
  const lastActualWeek = parsed.reduce((last, p) => Math.max(last, lastRecorded(p.actual)), 0);
  const plannedWeekly = weeklyWeighted(parsed, weighting, weekCount, (p) => p.planned);
  const actualWeekly = weeklyWeighted(parsed, weighting, weekCount, (p) => p.actual);

  const points: KurvaSPoint[] = [{ week: 0, planned: ZERO, plannedCum: ZERO, actual: ZERO, actualCum: ZERO, deviation: ZERO }];
  let plannedCum = ZERO;
  let actualCum = ZERO;
  for (let w = 1; w <= weekCount; w++) {
    const planned = plannedWeekly[w - 1]!;
    const actual = actualWeekly[w - 1]!;
    plannedCum = plannedCum.plus(planned);
    actualCum = actualCum.plus(actual);
    const hasActual = w <= lastActualWeek;
    points.push({
      week: w,
      planned: round2(planned),
      plannedCum: round2(plannedCum),
      actual: hasActual ? round2(actual) : null,
      actualCum: hasActual ? round2(actualCum) : null,
      deviation: hasActual ? round2(actualCum.minus(plannedCum)) : null,
    });
  }

  const asOfWeek = options.asOfWeek ?? lastActualWeek;
  if (!Number.isInteger(asOfWeek) || asOfWeek < 0 || asOfWeek > weekCount) {
    throw new CalcError("INVALID_JADWAL", `Minggu laporan tidak valid: ${asOfWeek}`);
  }
  return {
    totalJumlah,
    bobot,
    equalWeights,
    points,
    lastActualWeek,
    earnedValue: earnedValue(parsed, asOfWeek, options.actualCost),
    issues,
  };
}

function parseItem(item: KurvaSItem, weekCount: number, issues: JadwalIssue[]): ParsedItem {
  const series = (name: "planned" | "actual", values: readonly (DecimalValue | null | undefined)[]) => {
    let total = ZERO;
    const out = values.map((raw, i) => {
      if (raw === null || raw === undefined) return null;
      const v = toDecimal(raw, `${name} ${item.id} minggu ${i + 1}`);
      if (v.isNegative() || v.gt(HUNDRED)) issues.push({ kind: "VALUE_OUT_OF_RANGE", itemId: item.id, series: name, week: i + 1 });
      if (i >= weekCount) {
        if (!v.isZero()) issues.push({ kind: "BEYOND_LAST_WEEK", itemId: item.id, series: name, week: i + 1 });
        return null; // outside the curve
      }
      total = total.plus(v);
      return v;
    });
    if (total.gt(HUNDRED)) issues.push({ kind: "TOTAL_OVER_100", itemId: item.id, series: name });
    return { out, total };
  };
  const jumlah = toDecimal(item.jumlah, `jumlah ${item.id}`);
  const planned = series("planned", item.planned);
  const actual = series("actual", item.actual ?? []);
  if (!jumlah.isZero() && !planned.total.eq(HUNDRED)) {
    issues.push({ kind: "PLANNED_NOT_100", itemId: item.id, series: "planned" });
  }
  return { id: item.id, jumlah, planned: planned.out.map((v) => v ?? ZERO), actual: actual.out };
}

interface Weighting {
  bobot: Map<string, Decimal>;
  totalJumlah: Decimal;
  equalWeights: boolean;
  /** bobot_p = weightOf(p) / denominator. */
  weightOf: (p: ParsedItem) => Decimal;
  denominator: Decimal;
}

function weights(items: readonly ParsedItem[]): Weighting {
  const totalJumlah = items.reduce((s, p) => s.plus(p.jumlah), ZERO);
  // With D = 0 (nothing priced yet) a cost weighting is undefined; equal weights keep the
  // curve usable, and `equalWeights` lets the UI say so.
  const equalWeights = totalJumlah.isZero() && items.length > 0;
  const one = new Decimal(1);
  const weightOf = equalWeights ? () => one : (p: ParsedItem) => p.jumlah;
  const denominator = equalWeights ? new Decimal(items.length) : totalJumlah;
  const bobot = new Map<string, Decimal>();
  for (const p of items) bobot.set(p.id, denominator.isZero() ? ZERO : weightOf(p).div(denominator));
  return { bobot, totalJumlah, equalWeights, weightOf, denominator };
}

/**
 * Σ_p percent_p[w] × bobot_p for each week, computed as (Σ_p percent_p[w] × jumlah_p) / D:
 * the products of short decimals are exact and cheap, and each week divides once. Multiplying
 * by 64-digit bobot instead costs ~1 s on a 2,000-pekerjaan, 52-week plan.
 */
function weeklyWeighted(
  items: readonly ParsedItem[],
  { weightOf, denominator }: Weighting,
  weekCount: number,
  series: (p: ParsedItem) => readonly (Decimal | null)[],
): Decimal[] {
  const sums = Array.from({ length: weekCount }, () => ZERO);
  for (const p of items) {
    const values = series(p);
    const weight = weightOf(p);
    for (let w = 0; w < weekCount; w++) {
      const v = values[w];
      if (v && !v.isZero()) sums[w] = sums[w]!.plus(v.times(weight));
    }
  }
  return denominator.isZero() ? sums : sums.map((s) => s.div(denominator));
}

function lastRecorded(values: readonly (Decimal | null)[]): number {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null && values[i] !== undefined) return i + 1;
  return 0;
}

function earnedValue(items: readonly ParsedItem[], asOfWeek: number, actualCost: KurvaSOptions["actualCost"]): EarnedValue {
  const toDate = (values: readonly (Decimal | null)[]) => values.slice(0, asOfWeek).reduce<Decimal>((s, v) => s.plus(v ?? ZERO), ZERO);
  const PV = items.reduce((s, p) => s.plus(p.jumlah.times(toDate(p.planned)).div(HUNDRED)), ZERO);
  const EV = items.reduce((s, p) => s.plus(p.jumlah.times(toDate(p.actual)).div(HUNDRED)), ZERO);
  const costs = (actualCost ?? [])
    .slice(0, asOfWeek)
    .flatMap((c, i) => (c === null || c === undefined ? [] : [toDecimal(c, `biaya aktual minggu ${i + 1}`)]));
  const AC = costs.length === 0 ? null : costs.reduce((s, c) => s.plus(c), ZERO);
  return {
    asOfWeek,
    PV,
    EV,
    AC,
    SPI: PV.isZero() ? null : EV.div(PV),
    CPI: AC === null || AC.isZero() ? null : EV.div(AC),
  };
}

function round2(d: Decimal): Decimal {
  const r = d.toDecimalPlaces(2, ROUND_HALF_UP);
  return r.isZero() ? r.abs() : r;
}
