import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "@/lib/calc";
import { evenSpread } from "./spread";

const shown = (rows: { week: number; planned: Decimal }[]) => rows.map((r) => [r.week, r.planned.toFixed(2)]);

describe("evenSpread", () => {
  it("puts the rounding remainder in the last week", () => {
    expect(shown(evenSpread(2, 4))).toEqual([
      [2, "33.33"],
      [3, "33.33"],
      [4, "33.34"],
    ]);
    // 100 / 6 = 16,666…: cut to 16,66, the last week takes 16,70.
    expect(shown(evenSpread(1, 6)).map(([, v]) => v)).toEqual(["16.66", "16.66", "16.66", "16.66", "16.66", "16.70"]);
  });

  it("gives 100 to a single week and exact shares when they divide", () => {
    expect(shown(evenSpread(7, 7))).toEqual([[7, "100.00"]]);
    expect(shown(evenSpread(1, 4)).map(([, v]) => v)).toEqual(["25.00", "25.00", "25.00", "25.00"]);
  });

  it("always sums to exactly 100 in 2 dp values, the last week never below the others (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1500 }), fc.integer({ min: 1, max: 1500 }), (from, length) => {
        const rows = evenSpread(from, from + length - 1);
        expect(rows).toHaveLength(length);
        expect(rows.reduce((s, r) => s.plus(r.planned), new Decimal(0)).toString()).toBe("100");
        for (const r of rows) expect(r.planned.decimalPlaces()).toBeLessThanOrEqual(2);
        expect(rows.at(-1)!.planned.gte(rows[0]!.planned)).toBe(true);
      }),
    );
  });
});
