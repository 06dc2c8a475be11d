/**
 * A project's jadwal calendar (start date, duration, week-end day) as the calc engine's
 * ProjectCalendar, and the one written definition of the month view.
 */
import { projectEndDate, projectMonths, projectWeeks } from "@/lib/calc";
import type { Project } from "@/lib/generated/prisma/client";
import { isoDate } from "@/lib/projects/view";
import type { Tx } from "@/lib/projects/transaction";
import type { CalendarView, MonthHeader, JadwalCalendar, JadwalViewKind, WeekHeader } from "./types";

/**
 * The month view, the same in the Jadwal grid, the Kurva S chart and exports: calendar months
 * (the first and last cut at the project's start and end); a week spanning two months is split
 * by days (value × its days in the month / its days), its last month taking the rounding
 * remainder, so the months of a series always sum to its weeks. Weeks stay the stored unit.
 */
export const MONTH_VIEW_DEFINITION =
  "Bulan kalender; minggu yang melintasi dua bulan dibagi menurut jumlah hari (nilai × hari di bulan itu / hari minggu itu), sisa pembulatan masuk ke bulan terakhirnya.";

export function calendarOf(project: Pick<Project, "startDate" | "durationDays" | "weekEndDay">): JadwalCalendar {
  return { startDate: isoDate(project.startDate), durationDays: project.durationDays, weekEndDay: project.weekEndDay };
}

export async function readCalendar(tx: Tx, projectId: string): Promise<JadwalCalendar> {
  const project = await tx.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { startDate: true, durationDays: true, weekEndDay: true },
  });
  return calendarOf(project);
}

export function calendarView(calendar: JadwalCalendar): CalendarView {
  return { ...calendar, endDate: projectEndDate(calendar), weekCount: projectWeeks(calendar).length };
}

export function weekHeaders(calendar: JadwalCalendar): WeekHeader[] {
  return projectWeeks(calendar).map(({ week, start, end, days }) => ({ week, start, end, days }));
}

export function monthHeaders(calendar: JadwalCalendar): MonthHeader[] {
  return projectMonths(calendar).map((m) => ({ month: m.index, calendarMonth: m.month, start: m.start, end: m.end, days: m.days }));
}

/** `meta` of every jadwal answer: which view, and in the month view its definition. */
export function viewMeta(view: JadwalViewKind) {
  return view === "week" ? { view } : { view, monthDefinition: MONTH_VIEW_DEFINITION };
}
