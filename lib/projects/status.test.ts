import { describe, expect, it } from "vitest";
import { fromDayNumber, dayNumber } from "@/lib/calc/jadwal";
import { PROJECT_STATUSES, projectLastDay, projectStatus, statusDateRanges, todayWib, type DateBounds } from "./status";

// A project of 10 days from 2026-03-01: its last day is 2026-03-10.
const project = { startDate: "2026-03-01", durationDays: 10 };
const day = (offset: number, from = "2026-03-10") => fromDayNumber(dayNumber(from) + offset);

function inBounds(value: string, bounds: DateBounds | undefined): boolean {
  if (!bounds) return true;
  return (
    (bounds.gt === undefined || value > bounds.gt) &&
    (bounds.gte === undefined || value >= bounds.gte) &&
    (bounds.lt === undefined || value < bounds.lt) &&
    (bounds.lte === undefined || value <= bounds.lte)
  );
}

describe("project status from its dates", () => {
  it("the last day is start + duration − 1", () => {
    expect(projectLastDay("2026-03-01", 10)).toBe("2026-03-10");
    expect(projectLastDay("2026-12-31", 1)).toBe("2026-12-31");
  });

  it.each([
    ["2026-02-28", "belum mulai"],
    ["2026-03-01", "mendekati tenggat"], // 9 days left
    ["2026-03-10", "mendekati tenggat"], // the last day: 0 days left
    ["2026-03-11", "selesai"],
  ] as const)("on %s a 10-day project is %s", (today, status) => {
    expect(projectStatus(project, today)).toBe(status);
  });

  it("30 days left is mendekati tenggat, 31 is still berjalan", () => {
    const long = { startDate: "2026-01-01", durationDays: 365 }; // last day 2026-12-31
    expect(projectStatus(long, "2026-12-01")).toBe("mendekati tenggat");
    expect(projectStatus(long, "2026-11-30")).toBe("berjalan");
    expect(projectStatus(long, "2026-01-01")).toBe("berjalan");
  });

  it("today is the calendar day in WIB (UTC+7)", () => {
    expect(todayWib(new Date("2026-03-10T16:59:59Z"))).toBe("2026-03-10");
    expect(todayWib(new Date("2026-03-10T17:00:00Z"))).toBe("2026-03-11");
  });

  it("the query's date ranges pick exactly the projects of each status, around every boundary", () => {
    const today = "2026-06-15";
    for (let start = -60; start <= 60; start += 1) {
      for (const duration of [1, 2, 30, 31, 32, 45, 100]) {
        const p = { startDate: day(start, today), durationDays: duration };
        const endDate = projectLastDay(p.startDate, duration);
        const matching = PROJECT_STATUSES.filter((s) => {
          const r = statusDateRanges(s, today);
          return inBounds(p.startDate, r.startDate) && inBounds(endDate, r.endDate);
        });
        expect(matching).toEqual([projectStatus(p, today)]);
      }
    }
  });
});
