import { describe, expect, it } from "vitest";
import { ParameterScope, sumDecimals, toDecimal } from "@/lib/calc";
import { computeTakeoff, sameTakeoff } from "./takeoff";

const scope = new ParameterScope(new Map([["panjang", toDecimal("12.5")]]));
const rows = (...formulas: string[]) => formulas.map((formula, i) => ({ uraian: `Baris ${i + 1}`, formula }));

describe("computeTakeoff", () => {
  it("rounds each row half-up to 3 decimals and sums the printed results, so the sheet re-adds", () => {
    // 1/3 = 0.333…, 2/3 = 0.666… (→ 0.667), 0.0005 → 0.001: the unrounded sum would print 1.001.
    const outcome = computeTakeoff(rows("1/3", "2/3", "0.0005"), scope);
    expect(outcome).toEqual({
      ok: true,
      rows: [
        { uraian: "Baris 1", formula: "1/3", result: "0.333" },
        { uraian: "Baris 2", formula: "2/3", result: "0.667" },
        { uraian: "Baris 3", formula: "0.0005", result: "0.001" },
      ],
      volume: "1.001",
    });
  });

  it("re-adds for any rows: the volume is exactly the sum of the printed results", () => {
    const formulas = Array.from({ length: 40 }, (_, i) => `panjang * ${i + 1} / 7 * 0.15`);
    const outcome = computeTakeoff(rows(...formulas), scope);
    if (!outcome.ok) throw new Error("expected results");
    expect(outcome.volume).toBe(sumDecimals(outcome.rows.map((r) => toDecimal(r.result))).toFixed(3));
    expect(outcome.rows.every((r) => /^\d+\.\d{3}$/.test(r.result))).toBe(true);
  });

  it("takes p × l × t × n with parameters, and a deduction row", () => {
    const outcome = computeTakeoff(rows("panjang × 0.2 × 0.3 × 2", "-(0.9 × 0.5)"), scope);
    expect(outcome).toMatchObject({ ok: true, volume: "1.050", rows: [{ result: "1.500" }, { result: "-0.450" }] });
  });

  it("names every row that does not evaluate at its path, and a negative sum at the list", () => {
    expect(computeTakeoff(rows("1", "lebar * 2", "1/0"), scope, "items.3.takeoff")).toEqual({
      ok: false,
      problems: [
        { path: "items.3.takeoff.1.formula", message: "Baris 2: Parameter tidak dikenal: lebar (posisi 1)" },
        { path: "items.3.takeoff.2.formula", message: expect.stringMatching(/^Baris 3: /) },
      ],
    });
    expect(computeTakeoff(rows("1", "-2"), scope)).toEqual({
      ok: false,
      problems: [{ path: "takeoff", message: "Jumlah back-up volume negatif (-1)." }],
    });
  });

  it("tells an unchanged list from a changed one", () => {
    const a = [{ uraian: "A", formula: "1", result: "1.000" }];
    expect(sameTakeoff(a, [{ ...a[0]! }])).toBe(true);
    expect(sameTakeoff(a, [{ ...a[0]!, uraian: "B" }])).toBe(false);
    expect(sameTakeoff(a, [])).toBe(false);
  });
});
