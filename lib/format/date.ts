/** Dates on screen, id-ID. DATE columns travel as "YYYY-MM-DD" and mean that calendar day. */
const dayFormat = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeStyle: "short" });

/** "2026-01-05" → "5 Jan 2026", read as a calendar day whatever the browser's zone. */
export function formatDay(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dayFormat.format(date);
}

/** A timestamp in the viewer's zone: "5 Jan 2026, 14.30". */
export function formatDateTime(value: string | Date): string {
  return dateTimeFormat.format(typeof value === "string" ? new Date(value) : value);
}
