import { describe, expect, it } from "vitest";
import { deltaDirection, formatSided, formatSignedMoney } from "./delta";
import { type VersionSummary, withDifferences } from "./versions";

function version(id: string, d: string): VersionSummary {
  return {
    id,
    name: id,
    kind: "addendum",
    createdAt: "2026-12-07T07:30:00Z",
    note: null,
    automatic: false,
    createdBy: null,
    pekerjaanCount: 1,
    totals: { totalBiayaLangsung: d, ppn: "0.00", total: d, pembulatan: d },
  };
}

describe("withDifferences", () => {
  it("subtracts each version's D from the older one's exactly, newest first", () => {
    const list = withDifferences([
      version("addendum-2", "100000000000.10"),
      version("addendum-1", "99999999999999.99"),
      version("kontrak", "0.01"),
    ]);
    expect(list.map((v) => [v.id, v.previous?.id ?? null, v.difference])).toEqual([
      ["addendum-2", "addendum-1", "-99899999999999.89"],
      ["addendum-1", "kontrak", "99999999999999.98"],
      ["kontrak", null, null],
    ]);
  });

  it("an unchanged D is a zero difference", () => {
    expect(withDifferences([version("b", "1.10"), version("a", "1.1")])[0]!.difference).toBe("0.00");
  });
});

describe("signed money", () => {
  it("shows the direction as a sign, not only a colour", () => {
    expect([formatSignedMoney("1234.5"), formatSignedMoney("-10"), formatSignedMoney("-0.00"), formatSignedMoney("0")]).toEqual([
      "+1.234,50",
      "−10,00",
      "0,00",
      "0,00",
    ]);
    expect(["12.00", "-0.01", "0.00", "-0"].map(deltaDirection)).toEqual(["tambah", "kurang", "nol", "nol"]);
    expect([formatSided("5.00", "tambah"), formatSided("5.00", "kurang"), formatSided("0.00", "kurang")]).toEqual([
      "+5,00",
      "−5,00",
      "0,00",
    ]);
  });
});
