import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "./decimal";
import { CalcError } from "./errors";
import {
  dayNumber,
  fromDayNumber,
  kurvaS,
  monthSplitter,
  projectEndDate,
  projectMonths,
  projectWeeks,
  weekOfDate,
  weeklyToMonthly,
  type KurvaSItem,
} from "./jadwal";

const str = (d: Decimal | null) => (d === null ? null : d.toString());
const weekdayOf = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe("week numbering", () => {
  it("week 1 runs to the first week-end day, the last week is cut at the project end", () => {
    // 2025-01-01 is a Wednesday; weeks end on Sunday; 30 days end on Thursday 2025-01-30.
    const weeks = projectWeeks({ startDate: "2025-01-01", durationDays: 30, weekEndDay: 0 });
    expect(weeks.map((w) => [w.week, w.start, w.end, w.days])).toEqual([
      [1, "2025-01-01", "2025-01-05", 5],
      [2, "2025-01-06", "2025-01-12", 7],
      [3, "2025-01-13", "2025-01-19", 7],
      [4, "2025-01-20", "2025-01-26", 7],
      [5, "2025-01-27", "2025-01-30", 4],
    ]);
    expect(projectEndDate({ startDate: "2025-01-01", durationDays: 30 })).toBe("2025-01-30");
  });

  it.each([
    // start, weekEndDay, expected first week end
    ["2025-01-05", 0, "2025-01-05"], // starts on the week-end day: a one-day week 1
    ["2025-01-06", 0, "2025-01-12"], // starts the day after: a full week 1
    ["2025-01-01", 6, "2025-01-04"], // weeks ending Saturday
    ["2025-01-01", 3, "2025-01-01"], // Wednesday start, Wednesday week end
    ["2025-01-02", 3, "2025-01-08"],
  ])("start %s, week ends on day %i → week 1 ends %s", (startDate, weekEndDay, end) => {
    expect(projectWeeks({ startDate, durationDays: 60, weekEndDay })[0]!.end).toBe(end);
  });

  it("a project shorter than week 1 is one week", () => {
    expect(projectWeeks({ startDate: "2025-01-01", durationDays: 2, weekEndDay: 0 })).toEqual([
      { week: 1, start: "2025-01-01", end: "2025-01-02", days: 2 },
    ]);
  });

  it("any start, week-end day and duration: contiguous weeks covering exactly the project (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber("2000-01-01"), max: dayNumber("2099-12-31") }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 800 }),
        (startDay, weekEndDay, durationDays) => {
          const startDate = fromDayNumber(startDay);
          const weeks = projectWeeks({ startDate, durationDays, weekEndDay });
          expect(weeks[0]!.start).toBe(startDate);
          expect(weeks.at(-1)!.end).toBe(fromDayNumber(startDay + durationDays - 1));
          expect(weeks.reduce((s, w) => s + w.days, 0)).toBe(durationDays);
          weeks.forEach((w, i) => {
            expect(w.week).toBe(i + 1);
            expect(dayNumber(w.end) - dayNumber(w.start) + 1).toBe(w.days);
            if (i > 0) expect(dayNumber(w.start)).toBe(dayNumber(weeks[i - 1]!.end) + 1);
            if (i < weeks.length - 1) expect(weekdayOf(w.end)).toBe(weekEndDay);
            if (i > 0 && i < weeks.length - 1) expect(w.days).toBe(7);
            expect(w.days).toBeLessThanOrEqual(7);
          });
        },
      ),
    );
  });

  it("finds the week of a date", () => {
    const cal = { startDate: "2025-01-01", durationDays: 30, weekEndDay: 0 };
    expect(weekOfDate(cal, "2025-01-05")).toBe(1);
    expect(weekOfDate(cal, "2025-01-06")).toBe(2);
    expect(weekOfDate(cal, "2025-01-30")).toBe(5);
    expect(weekOfDate(cal, "2025-01-31")).toBeNull();
    expect(weekOfDate(cal, "2024-12-31")).toBeNull();
  });

  it.each([
    [{ startDate: "2025-02-30", durationDays: 10 }],
    [{ startDate: "2025-1-5", durationDays: 10 }],
    [{ startDate: "05/01/2025", durationDays: 10 }],
    [{ startDate: "2025-01-01", durationDays: 0 }],
    [{ startDate: "2025-01-01", durationDays: 1.5 }],
    [{ startDate: "2025-01-01", durationDays: 10, weekEndDay: 7 }],
  ])("rejects an invalid calendar %j", (cal) => {
    expect(() => projectWeeks(cal)).toThrow(CalcError);
  });
});

describe("month view", () => {
  it("lists calendar months cut at the project's start and end, leap years included", () => {
    expect(projectMonths({ startDate: "2024-01-20", durationDays: 60 }).map((m) => [m.month, m.start, m.end, m.days])).toEqual([
      ["2024-01", "2024-01-20", "2024-01-31", 12],
      ["2024-02", "2024-02-01", "2024-02-29", 29],
      ["2024-03", "2024-03-01", "2024-03-19", 19],
    ]);
  });

  it("splits a week spanning two months by days", () => {
    // Week 1: Mon 27 Jan – Sun 2 Feb 2025 (5 days in January, 2 in February).
    const cal = { startDate: "2025-01-27", durationDays: 14, weekEndDay: 0 };
    const months = weeklyToMonthly(cal, ["70", "30"]);
    expect(months.map((m) => [m.month, str(m.value)])).toEqual([
      ["2025-01", "50"],
      ["2025-02", "50"],
    ]);
  });

  it("keeps the total exact when the split does not divide evenly", () => {
    const cal = { startDate: "2025-01-29", durationDays: 7, weekEndDay: 2 }; // Wed 29 Jan – Tue 4 Feb
    const months = weeklyToMonthly(cal, [100]);
    expect(months.map((m) => m.value.toDecimalPlaces(4).toString())).toEqual(["42.8571", "57.1429"]);
    expect(str(months[0]!.value.plus(months[1]!.value))).toBe("100");
  });

  it("a splitter worked out once converts many series exactly like weeklyToMonthly (property)", () => {
    const cal = { startDate: "2025-01-29", durationDays: 75, weekEndDay: 2 };
    const toMonths = monthSplitter(cal);
    const percent = fc.option(
      fc.integer({ min: 0, max: 10000 }).map((n) => new Decimal(n).div(100)),
      { nil: null },
    );
    fc.assert(
      fc.property(fc.array(percent, { maxLength: 12 }), (weekly) => {
        expect(toMonths(weekly).map((m) => str(m.value))).toEqual(weeklyToMonthly(cal, weekly).map((m) => str(m.value)));
      }),
    );
  });

  it("rejects more weekly values than weeks", () => {
    expect(() => weeklyToMonthly({ startDate: "2025-01-01", durationDays: 3 }, [1, 2])).toThrow(CalcError);
  });
});

describe("Kurva S", () => {
  // Bobot 10%, 50%, 40%.
  const items: KurvaSItem[] = [
    { id: "A", jumlah: 100, planned: [100], actual: [30] },
    { id: "B", jumlah: 500, planned: [20, 80], actual: [20] },
    { id: "C", jumlah: 400, planned: [10, 40, 50], actual: [0] },
  ];
  const curve = kurvaS(items, { weekCount: 3, actualCost: [200] });

  it("weights by jumlah / D and weights the weekly progress: actual 30/20/0% → 13,00%", () => {
    expect([...curve.bobot.values()].map(str)).toEqual(["0.1", "0.5", "0.4"]);
    expect(curve.equalWeights).toBe(false);
    expect(curve.points.map((p) => [p.week, str(p.planned), str(p.plannedCum), str(p.actual), str(p.actualCum), str(p.deviation)])).toEqual(
      [
        [0, "0", "0", "0", "0", "0"],
        [1, "24", "24", "13", "13", "-11"],
        [2, "56", "80", null, null, null],
        [3, "20", "100", null, null, null],
      ],
    );
    expect(curve.points[1]!.actual!.toFixed(2)).toBe("13.00");
    expect(curve.lastActualWeek).toBe(1);
    expect(curve.issues).toEqual([]);
  });

  it("computes earned value to the last week with actuals", () => {
    const ev = curve.earnedValue;
    expect(ev.asOfWeek).toBe(1);
    expect([str(ev.PV), str(ev.EV), str(ev.AC)]).toEqual(["240", "130", "200"]);
    expect(ev.SPI!.toDecimalPlaces(4).toString()).toBe("0.5417");
    expect(str(ev.CPI)).toBe("0.65");
  });

  it("rounds cumulative values once, from exact sums", () => {
    const thirds = kurvaS(
      [
        { id: "A", jumlah: 1, planned: [100] },
        { id: "B", jumlah: 1, planned: [0, 100] },
        { id: "C", jumlah: 1, planned: [0, 0, 100] },
      ],
      { weekCount: 3 },
    );
    expect(thirds.points.map((p) => str(p.plannedCum))).toEqual(["0", "33.33", "66.67", "100"]);
    expect(thirds.points.map((p) => str(p.planned))).toEqual(["0", "33.33", "33.33", "33.33"]);
  });

  it("guards earned value against zero and missing data", () => {
    const none = kurvaS(
      items.map((i) => ({ ...i, actual: undefined })),
      { weekCount: 3 },
    );
    expect(none.lastActualWeek).toBe(0);
    expect([str(none.earnedValue.PV), str(none.earnedValue.EV), none.earnedValue.AC, none.earnedValue.SPI, none.earnedValue.CPI]).toEqual([
      "0",
      "0",
      null,
      null,
      null,
    ]);
    const zeroCost = kurvaS(items, { weekCount: 3, actualCost: [0] });
    expect(zeroCost.earnedValue.CPI).toBeNull();
    // Progress recorded ahead of a plan that starts later: PV = 0, SPI undefined.
    const early = kurvaS([{ id: "A", jumlah: 100, planned: [0, 100], actual: [10] }], { weekCount: 2 });
    expect(str(early.earnedValue.EV)).toBe("10");
    expect(early.earnedValue.SPI).toBeNull();
  });

  it("reports at an explicit week", () => {
    const at2 = kurvaS(items, { weekCount: 3, asOfWeek: 2 });
    expect(str(at2.earnedValue.PV)).toBe("800");
    expect(() => kurvaS(items, { weekCount: 3, asOfWeek: 4 })).toThrow(CalcError);
  });

  it("falls back to equal weights, flagged, when D = 0", () => {
    const zero = kurvaS(
      [
        { id: "A", jumlah: 0, planned: [100], actual: [50] },
        { id: "B", jumlah: 0, planned: [0, 100] },
      ],
      { weekCount: 2 },
    );
    expect(zero.equalWeights).toBe(true);
    expect([...zero.bobot.values()].map(str)).toEqual(["0.5", "0.5"]);
    expect(zero.points.map((p) => str(p.plannedCum))).toEqual(["0", "50", "100"]);
    expect(str(zero.points[1]!.actualCum)).toBe("25");
    expect(zero.earnedValue.SPI).toBeNull();
  });

  it("reports data problems without stopping", () => {
    const bad = kurvaS(
      [
        { id: "A", jumlah: 100, planned: [60, 30] },
        { id: "B", jumlah: 100, planned: [120], actual: [-5] },
        { id: "C", jumlah: 100, planned: [50, 50, 10] },
      ],
      { weekCount: 2 },
    );
    expect(bad.issues).toEqual([
      { kind: "PLANNED_NOT_100", itemId: "A", series: "planned" },
      { kind: "VALUE_OUT_OF_RANGE", itemId: "B", series: "planned", week: 1 },
      { kind: "TOTAL_OVER_100", itemId: "B", series: "planned" },
      { kind: "VALUE_OUT_OF_RANGE", itemId: "B", series: "actual", week: 1 },
      { kind: "PLANNED_NOT_100", itemId: "B", series: "planned" },
      { kind: "BEYOND_LAST_WEEK", itemId: "C", series: "planned", week: 3 },
    ]);
    expect(bad.points).toHaveLength(3);
  });

  it("is linear in the items: the project as one item of jumlah D gives the same curve (property)", () => {
    // lib/jadwal/kurva-s has PostgreSQL sum Σ jumlah × percent per week and passes that one item.
    const percent = fc.integer({ min: 0, max: 3000 }).map((n) => new Decimal(n).div(100));
    const item = fc.record({
      jumlah: fc.integer({ min: 0, max: 10_000_000 }).map((n) => new Decimal(n).div(100)),
      planned: fc.array(percent, { minLength: 4, maxLength: 4 }),
      actual: fc.array(percent, { minLength: 2, maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), (raw) => {
        const items = raw.map((r, i) => ({ id: String(i), ...r }));
        const D = items.reduce((s, p) => s.plus(p.jumlah), new Decimal(0));
        fc.pre(!D.isZero());
        const weekly = (week: number, series: "planned" | "actual") =>
          items.reduce((s, p) => s.plus(p[series][week]!.times(p.jumlah)), new Decimal(0)).div(D);
        const whole = {
          id: "proyek",
          jumlah: D,
          planned: [0, 1, 2, 3].map((w) => weekly(w, "planned")),
          actual: [0, 1].map((w) => weekly(w, "actual")),
        };
        const [each, one] = [kurvaS(items, { weekCount: 4 }), kurvaS([whole], { weekCount: 4 })];
        const shown = (k: typeof each) => k.points.map((p) => [str(p.plannedCum), str(p.actualCum), str(p.deviation)]);
        expect(shown(one)).toEqual(shown(each));
        expect([one.earnedValue.PV, one.earnedValue.EV].map((v) => v.toFixed(6))).toEqual(
          [each.earnedValue.PV, each.earnedValue.EV].map((v) => v.toFixed(6)),
        );
      }),
    );
  });

  it("rejects non-numeric progress", () => {
    expect(() => kurvaS([{ id: "A", jumlah: 1, planned: ["abc"] }], { weekCount: 1 })).toThrow(/planned A minggu 1/);
  });
});
