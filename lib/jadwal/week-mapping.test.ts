import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, fromDayNumber, projectWeeks } from "@/lib/calc";
import { weekMapping } from "./week-mapping";

// Monday 5 January 2026, weeks ending Sunday: 5–11, 12–18, 19–25, 26 Jan – 1 Feb.
const base = { startDate: "2026-01-05", durationDays: 28, weekEndDay: 0 };

describe("weekMapping", () => {
  it("is the identity when only the end moves later", () => {
    expect(weekMapping(base, { ...base, durationDays: 60 })).toEqual([1, 2, 3, 4]);
  });

  it("drops the weeks past a shorter end", () => {
    expect(weekMapping(base, { ...base, durationDays: 10 })).toEqual([1, 2, null, null]);
  });

  it("follows the dates when the start moves a week later or earlier", () => {
    expect(weekMapping(base, { ...base, startDate: "2026-01-12" })).toEqual([null, 1, 2, 3]);
    expect(weekMapping(base, { ...base, startDate: "2025-12-29", durationDays: 35 })).toEqual([2, 3, 4, 5]);
  });

  it("sends a week split by a new week-end day to the part with most of its days", () => {
    // Weeks ending Wednesday: 5–7, 8–14, 15–21, 22–28, 29 Jan – 1 Feb. Each old week has 3 days
    // in one new week and 4 in the next.
    expect(weekMapping(base, { ...base, weekEndDay: 3 })).toEqual([2, 3, 4, 5]);
  });

  it("takes the earlier week on a tie", () => {
    // Old week 1: Saturday 3 – Tuesday 6 January (weeks ending Tuesday), 4 days; new weeks end
    // Sunday: 3–4 and 5–11 share 2 days each with it.
    expect(
      weekMapping(
        { startDate: "2026-01-03", durationDays: 10, weekEndDay: 2 },
        { startDate: "2026-01-03", durationDays: 10, weekEndDay: 0 },
      )[0],
    ).toBe(1);
  });

  it("maps a week to a new week it overlaps most, or to null when it overlaps none (property)", () => {
    const calendar = fc.record({
      startDate: fc.integer({ min: dayNumber("2025-01-01"), max: dayNumber("2025-03-01") }).map(fromDayNumber),
      durationDays: fc.integer({ min: 1, max: 120 }),
      weekEndDay: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(calendar, calendar, (from, to) => {
        const overlap = (a: { start: string; end: string }, b: { start: string; end: string }) =>
          Math.max(0, Math.min(dayNumber(a.end), dayNumber(b.end)) - Math.max(dayNumber(a.start), dayNumber(b.start)) + 1);
        const next = projectWeeks(to);
        weekMapping(from, to).forEach((target, i) => {
          const old = projectWeeks(from)[i]!;
          const best = Math.max(0, ...next.map((n) => overlap(old, n)));
          if (target === null) expect(best).toBe(0);
          else expect(overlap(old, next[target - 1]!)).toBe(best);
        });
      }),
    );
  });
});
