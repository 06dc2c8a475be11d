/**
 * One pekerjaan's jadwal as the API shows it: dense series aligned with the view's columns
 * (index 0 = week 1, or month 1), so a grid of 2,000 rows × 104 weeks reads cells by index.
 */
import { money, percentText } from "@/lib/kernel/decimal";
import { type Decimal, monthSplitter, toDecimal } from "@/lib/calc";
import { decimalParser } from "@/lib/rekap/load";
import type { EntriesRow } from "./repository";
import { isComplete } from "./rules";
import type { JadwalCalendar, JadwalSeries, JadwalViewKind } from "./types";

type Field = "planned" | "actual" | "actualCost";
const FIELDS: readonly Field[] = ["planned", "actual", "actualCost"];
const FORMAT: Record<Field, (d: Decimal) => string> = { planned: percentText, actual: percentText, actualCost: money };

const empty = (weekCount: number) => new Array<string | null>(weekCount).fill(null);

/**
 * Builds series for the whole project at once: the month splitter and the decimal parser are
 * shared by every row (values repeat a lot across a plan).
 */
export function seriesBuilder(calendar: JadwalCalendar, weekCount: number, view: JadwalViewKind) {
  const parse = decimalParser();
  const toMonths = view === "month" ? monthSplitter(calendar) : null;
  return (row: EntriesRow | undefined, hasVolume: boolean): JadwalSeries => {
    const weekly = (field: Field) => row?.[field] ?? empty(weekCount);
    const series = Object.fromEntries(
      FIELDS.map((field) => [field, toMonths ? monthly(toMonths, weekly(field), parse, FORMAT[field]) : weekly(field)]),
    ) as Record<Field, (string | null)[]>;
    const plannedTotal = toDecimal(row?.sums.planned ?? 0);
    return {
      ...series,
      notes: toMonths ? [] : (row?.notes ?? []),
      editVersions: toMonths ? [] : (row?.editVersions ?? new Array<number>(weekCount).fill(0)),
      totals: {
        planned: percentText(plannedTotal),
        actual: percentText(row?.sums.actual ?? 0),
        actualCost: money(row?.sums.actualCost ?? 0),
      },
      complete: isComplete(hasVolume, plannedTotal),
    };
  };
}

/** The month view of one weekly series; an empty month shows as null, like an empty week. */
function monthly(
  toMonths: ReturnType<typeof monthSplitter>,
  weekly: readonly (string | null)[],
  parse: (text: string) => Decimal,
  format: (d: Decimal) => string,
): (string | null)[] {
  if (weekly.every((v) => v === null)) return toMonths([]).map(() => null);
  return toMonths(weekly.map((v) => (v === null ? null : parse(v)))).map((m) => (m.value.isZero() ? null : format(m.value)));
}
