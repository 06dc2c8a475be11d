/**
 * Where each week goes when the calendar changes: to the new week it shares the most days with
 * (the earlier one on a tie), so an entry stays on its dates. Pure; lib/jadwal/remap applies it.
 */
import { dayNumber, projectWeeks } from "@/lib/calc";
import type { JadwalCalendar } from "./types";

/** Old week (index 0 = week 1) → its new week, or null when none of its days remain. */
export function weekMapping(from: JadwalCalendar, to: JadwalCalendar): (number | null)[] {
  const next = projectWeeks(to).map((w) => ({ week: w.week, start: dayNumber(w.start), end: dayNumber(w.end) }));
  return projectWeeks(from).map((w) => {
    const [start, end] = [dayNumber(w.start), dayNumber(w.end)];
    let best: number | null = null;
    let bestDays = 0;
    for (const n of next) {
      if (n.start > end) break;
      const days = Math.min(end, n.end) - Math.max(start, n.start) + 1;
      if (days > bestDays) [best, bestDays] = [n.week, days];
    }
    return best;
  });
}
