/**
 * Dates on screen, id-ID. DATE columns travel as "YYYY-MM-DD" and mean that calendar day.
 * Timestamps that people compare across a team (the audit trail, file names) are read in
 * Indonesia's western zone, WIB (Asia/Jakarta, UTC+7 all year: Indonesia keeps no summer time),
 * so everyone sees the same day and a shared link filters the same entries.
 */
const dayFormat = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeStyle: "short" });
const JAKARTA = "Asia/Jakarta";
const isoDayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: JAKARTA, year: "numeric", month: "2-digit", day: "2-digit" });
const longDayFormat = new Intl.DateTimeFormat("id-ID", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: JAKARTA,
});
const timeFormat = new Intl.DateTimeFormat("id-ID", { timeStyle: "short", timeZone: JAKARTA });

/** "2026-01-05" → "5 Jan 2026", read as a calendar day whatever the browser's zone. */
export function formatDay(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dayFormat.format(date);
}

/** A timestamp in the viewer's zone: "5 Jan 2026, 14.30". */
export function formatDateTime(value: string | Date): string {
  return dateTimeFormat.format(typeof value === "string" ? new Date(value) : value);
}

/** The calendar day in WIB, "YYYY-MM-DD". */
export function jakartaDate(instant: Date): string {
  return isoDayFormat.format(instant);
}

/** The first instant of a WIB calendar day "YYYY-MM-DD" (17:00 UTC the day before). */
export function jakartaDayStart(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+07:00`);
}

/** A WIB calendar day "YYYY-MM-DD" as a heading: "Senin, 7 Desember 2026". */
export function formatJakartaDay(isoDate: string): string {
  return longDayFormat.format(jakartaDayStart(isoDate));
}

/** The WIB clock time of a timestamp: "14.30". */
export function formatJakartaTime(value: string | Date): string {
  return timeFormat.format(typeof value === "string" ? new Date(value) : value);
}
