import { describe, expect, it } from "vitest";
import { analyzeProject } from "./analysis";
import { Decimal, toDecimalString } from "./decimal";
import { CalcError } from "./errors";
import { pembulatan, rekapRab, type RekapKlasifikasiInput } from "./rekap";
import { line, pekerjaan, prices } from "./test-helpers";

const str = (d: Decimal) => d.toString();

describe("domain example 4: rekap with PPN 10% and pembulatan to 10.000", () => {
  // Four pekerjaan with sen fractions that only add up to D = 8.012.739.981 exactly when
  // nothing is rounded on the way (rounding each jumlah to 2 dp would give …981,01).
  const analysis = analyzeProject({
    pekerjaan: [
      pekerjaan("P1", 1, [line("BHN", "B.1", 1)]),
      pekerjaan("P2", 1, [line("BHN", "B.2", 1)]),
      pekerjaan("P3", 3, [line("TK", "L.1", "0.5")]),
      pekerjaan("P4", "0.5", [line("ALT", "E.1", 2)]),
    ],
    prices: prices({ "B.1": "4000000000.005", "B.2": "4012739980.995", "L.1": "-1000", "E.1": "1500" }),
    overheadProfitPercent: 0,
  });
  const tree: RekapKlasifikasiInput[] = [
    { id: "K1", subKlasifikasi: [{ id: "S1", pekerjaanIds: ["P1", "P3"] }, { id: "S2", pekerjaanIds: ["P2"] }] },
    { id: "K2", subKlasifikasi: [{ id: "S3", pekerjaanIds: ["P4"] }] },
  ];
  const rekap = rekapRab(analysis, tree, { ppnPercent: 10, roundingBase: 10000 });

  it("computes D, PPN, total, pembulatan and terbilang from unrounded values", () => {
    expect(str(rekap.totalBiayaLangsung)).toBe("8012739981");
    expect(str(rekap.ppn)).toBe("801273998.1");
    expect(toDecimalString(rekap.ppn, 0)).toBe("801273998");
    expect(str(rekap.total)).toBe("8814013979.1");
    expect(str(rekap.pembulatan)).toBe("8814010000");
    expect(rekap.terbilang).toBe("delapan miliar delapan ratus empat belas juta sepuluh ribu rupiah");
  });

  it("subtotals each node and keeps the tree order", () => {
    expect(rekap.klasifikasi.map((k) => [k.id, str(k.subtotal)])).toEqual([
      ["K1", "8012738481"], // 4.000.000.000,005 − 1.500 + 4.012.739.980,995
      ["K2", "1500"],
    ]);
    const k1 = rekap.klasifikasi[0]!;
    expect(k1.subKlasifikasi.map((s) => [s.id, str(s.subtotal), s.pekerjaan.map((p) => p.id)])).toEqual([
      ["S1", "3999998500.005", ["P1", "P3"]],
      ["S2", "4012739980.995", ["P2"]],
    ]);
  });
});

describe("pembulatan", () => {
  it.each([
    [1, "1234.5", "1235"],
    [1, "1234.49", "1234"],
    [1, "1235.5", "1236"],
    [1000, "1500", "2000"],
    [1000, "2500", "3000"], // half-up, not banker's rounding
    [1000, "1499.99", "1000"],
    [10000, "15000", "20000"],
    [10000, "25000", "30000"],
    [10000, "8814013979.1", "8814010000"],
    [10000, "8814015000", "8814020000"],
    [100000, "150000", "200000"],
    [100000, "250000", "300000"],
    [100000, "149999.99", "100000"],
  ])("base %i: %s → %s", (base, total, expected) => {
    expect(str(pembulatan(new Decimal(total), base))).toBe(expected);
  });

  it("rejects other bases", () => {
    expect(() => pembulatan(new Decimal(1), 500)).toThrow(CalcError);
    expect(() => pembulatan(new Decimal(1), 0)).toThrow(/Basis pembulatan/);
  });
});

describe("rekapRab validation and defaults", () => {
  const analysis = analyzeProject({
    pekerjaan: [pekerjaan("P1", 2, [line("TK", "L", 1)])],
    prices: prices({ L: "1000.40" }),
    overheadProfitPercent: 10,
  });

  it("defaults to PPN 11% and pembulatan to 1.000", () => {
    const r = rekapRab(analysis, [{ id: "K", subKlasifikasi: [{ id: "S", pekerjaanIds: ["P1"] }] }]);
    expect(str(r.totalBiayaLangsung)).toBe("2200.88");
    expect(str(r.ppn)).toBe("242.0968");
    expect(str(r.total)).toBe("2442.9768");
    expect(str(r.pembulatan)).toBe("2000");
    expect(r.roundingBase).toBe(1000);
    expect(r.terbilang).toBe("dua ribu rupiah");
  });

  it("rejects unknown or repeated pekerjaan in the tree", () => {
    expect(() => rekapRab(analysis, [{ id: "K", subKlasifikasi: [{ id: "S", pekerjaanIds: ["X"] }] }])).toThrow(
      expect.objectContaining({ code: "UNKNOWN_PEKERJAAN" }),
    );
    expect(() =>
      rekapRab(analysis, [
        { id: "K", subKlasifikasi: [{ id: "S", pekerjaanIds: ["P1"] }, { id: "S2", pekerjaanIds: ["P1"] }] },
      ]),
    ).toThrow(expect.objectContaining({ code: "DUPLICATE_PEKERJAAN" }));
  });

  it("an empty tree totals zero", () => {
    const r = rekapRab(analysis, [], { roundingBase: 1 });
    expect(str(r.total)).toBe("0");
    expect(r.terbilang).toBe("nol rupiah");
  });
});
