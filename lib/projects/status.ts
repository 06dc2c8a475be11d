/**
 * A project's status on the dashboard, derived from its dates alone (README "Dasbor proyek"):
 * the calendar's last day is start + duration − 1 (lib/calc projectEndDate; the `endDate`
 * column PostgreSQL generates by the same rule), and "today" is the calendar day in WIB
 * (Asia/Jakarta), so every user and the server agree on the day a status changes.
 * - `belum mulai`: today is before the start date;
 * - `selesai`: today is after the last day;
 * - `mendekati tenggat`: running, with at most 30 days left (the last day minus today ≤ 30;
 *   on the last day 0 days are left);
 * - `berjalan`: running, with more than 30 days left.
 * Pure and browser-safe: the UI labels statuses with it.
 */
import { dayNumber, fromDayNumber } from "@/lib/calc/jadwal";
import { jakartaDate } from "@/lib/format/date";

export const PROJECT_STATUSES = ["belum mulai", "berjalan", "mendekati tenggat", "selesai"] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** "Mendekati tenggat": at most this many days between today and the last day. */
export const DEADLINE_WARNING_DAYS = 30;

export const STATUS_LABELS: Record<ProjectStatus, string> = {
  "belum mulai": "Belum mulai",
  berjalan: "Berjalan",
  "mendekati tenggat": "Mendekati tenggat",
  selesai: "Selesai",
};

/** Today's calendar day in WIB, "YYYY-MM-DD". */
export function todayWib(now: Date = new Date()): string {
  return jakartaDate(now);
}

/** The project's last calendar day, "YYYY-MM-DD". */
export function projectLastDay(startDate: string, durationDays: number): string {
  return fromDayNumber(dayNumber(startDate.slice(0, 10)) + durationDays - 1);
}

export function projectStatus(project: { startDate: string; durationDays: number }, today: string): ProjectStatus {
  const start = dayNumber(project.startDate.slice(0, 10));
  const daysLeft = start + project.durationDays - 1 - dayNumber(today);
  if (dayNumber(today) < start) return "belum mulai";
  if (daysLeft < 0) return "selesai";
  return daysLeft <= DEADLINE_WARNING_DAYS ? "mendekati tenggat" : "berjalan";
}

/**
 * The same rule as ranges of the two date columns, for a query: inclusive bounds on the start
 * date and the last day, "YYYY-MM-DD". Kept beside projectStatus so the list's filter and the
 * status a row shows can not disagree (status.test.ts checks each against the other).
 */
export interface DateBounds {
  gt?: string;
  gte?: string;
  lt?: string;
  lte?: string;
}

export function statusDateRanges(status: ProjectStatus, today: string): { startDate?: DateBounds; endDate?: DateBounds } {
  const warnUntil = fromDayNumber(dayNumber(today) + DEADLINE_WARNING_DAYS);
  switch (status) {
    case "belum mulai":
      return { startDate: { gt: today } };
    case "selesai":
      return { endDate: { lt: today } };
    case "mendekati tenggat":
      return { startDate: { lte: today }, endDate: { gte: today, lte: warnUntil } };
    case "berjalan":
      return { startDate: { lte: today }, endDate: { gt: warnUntil } };
  }
}
