/** Column headers of the Jadwal grid and the Kurva S table: weeks or calendar months, id-ID. */
import { formatDay } from "@/lib/format/date";
import type { MonthHeader, WeekHeader } from "@/lib/jadwal/types";
import type { GridColumn } from "./jadwal-grid";

const shortDay = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", timeZone: "UTC" });
const monthName = new Intl.DateTimeFormat("id-ID", { month: "long", year: "numeric", timeZone: "UTC" });
const shortMonth = new Intl.DateTimeFormat("id-ID", { month: "short", timeZone: "UTC" });

const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export function weekColumns(weeks: readonly WeekHeader[]): GridColumn[] {
  return weeks.map((w) => ({
    label: `M${w.week}`,
    sub: shortDay.format(utc(w.start)),
    title: `Minggu ${w.week} (${formatDay(w.start)} – ${formatDay(w.end)})`,
  }));
}

export function monthColumns(months: readonly MonthHeader[]): GridColumn[] {
  return months.map((m) => ({
    label: shortMonth.format(utc(`${m.calendarMonth}-01`)),
    sub: m.calendarMonth.slice(0, 4),
    title: `${monthName.format(utc(`${m.calendarMonth}-01`))} (${formatDay(m.start)} – ${formatDay(m.end)})`,
  }));
}
