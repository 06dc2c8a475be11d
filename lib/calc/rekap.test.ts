import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeProject } from "./analysis";
import { Decimal, roundMoney, toDecimalString } from "./decimal";
import { CalcError } from "./errors";
import { pembulatan, rekapRab, type RekapKlasifikasiInput } from "./rekap";
import { roundUnitPrice, type UnitPriceRounding } from "./rounding";
import { arbProject, buildProject, oneTree } from "./test-arbitraries";
import { line, pekerjaan, prices } from "./test-helpers";

const str = (d: Decimal) => d.toString();

describe("domain example 4: rekap with PPN 10% and pembulatan to 10.000", () => {
  const analysis = analyzeProject({
    pekerjaan: [
      pekerjaan("P1", 1, [line("BHN", "B.1", 1)]),
      pekerjaan("P2", 1, [line("BHN", "B.2", 1)]),
      pekerjaan("P3", 3, [line("TK", "L.1", "0.5")]),
      pekerjaan("P4", "0.5", [line("ALT", "E.1", 2)]),
    ],
    prices: prices({ "B.1": "4000000000", "B.2": "4012739981", "L.1": "-1000", "E.1": "1500" }),
    overheadProfitPercent: 0,
  });
  const tree: RekapKlasifikasiInput[] = [
    {
      id: "K1",
      subKlasifikasi: [
        { id: "S1", pekerjaanIds: ["P1", "P3"] },
        { id: "S2", pekerjaanIds: ["P2"] },
      ],
    },
    { id: "K2", subKlasifikasi: [{ id: "S3", pekerjaanIds: ["P4"] }] },
  ];
  const rekap = rekapRab(analysis, tree, { ppnPercent: 10, roundingBase: 10000 });

  it("D 8.012.739.981, PPN 801.273.998,10, total 8.814.013.979,10, pembulatan 8.814.010.000", () => {
    expect(str(rekap.totalBiayaLangsung)).toBe("8012739981");
    expect(str(rekap.ppn)).toBe("801273998.1");
    expect(str(rekap.total)).toBe("8814013979.1");
    expect(str(rekap.pembulatan)).toBe("8814010000");
    expect(rekap.terbilang).toBe("delapan miliar delapan ratus empat belas juta sepuluh ribu rupiah");
  });

  it("subtotals each node and keeps the tree order", () => {
    expect(rekap.klasifikasi.map((k) => [k.id, str(k.subtotal)])).toEqual([
      ["K1", "8012738481"], // 4.000.000.000 − 1.500 + 4.012.739.981
      ["K2", "1500"],
    ]);
    const k1 = rekap.klasifikasi[0]!;
    expect(k1.subKlasifikasi.map((s) => [s.id, str(s.subtotal), s.pekerjaan.map((p) => p.id)])).toEqual([
      ["S1", "3999998500", ["P1", "P3"]],
      ["S2", "4012739981", ["P2"]],
    ]);
  });
});

describe("every printed figure re-adds (docs/calculation.md)", () => {
  it("domain example 6: G 15.721,875 × 240 prints 15.721,88 and 3.773.251,20", () => {
    const hargaSatuan = roundUnitPrice(new Decimal("15721.875"), "0.01");
    expect(str(hargaSatuan)).toBe("15721.88");
    expect(toDecimalString(roundMoney(hargaSatuan.times(240)), 2)).toBe("3773251.20");
  });

  // Lines whose exact products carry more than two decimals (0,043 × 285.714 = 12.285,702).
  const item = (unitPriceRounding: UnitPriceRounding) =>
    analyzeProject({
      pekerjaan: [pekerjaan("P", 240, [line("TK", "L.04", "0.0033"), line("BHN", "B.05", "0.043")])],
      prices: prices({ "L.04": "172500", "B.05": "285714" }),
      overheadProfitPercent: 10,
      unitPriceRounding,
    }).pekerjaan.get("P")!;

  it("rounds each line, then F, then the unit price, then jumlah from the printed unit price", () => {
    const p = item("0.01");
    expect(p.lines.map((l) => str(l.jumlah))).toEqual(["569.25", "12285.7"]);
    expect([p.A, p.B, p.E, p.F, p.G, p.hargaSatuan, p.jumlah].map(str)).toEqual([
      "569.25",
      "12285.7",
      "12854.95",
      "1285.5",
      "14140.45",
      "14140.45",
      "3393708",
    ]);
  });

  it.each([
    ["1", "14140", "3393600"],
    ["10", "14140", "3393600"],
    ["100", "14100", "3384000"],
  ] as const)("unit-price rounding %s: harga satuan %s, jumlah %s", (rounding, hargaSatuan, jumlah) => {
    const p = item(rounding);
    expect(str(p.G)).toBe("14140.45");
    expect([str(p.hargaSatuan), str(p.jumlah)]).toEqual([hargaSatuan, jumlah]);
  });

  it("holds for generated projects in every unit-price rounding: lines, A–G, jumlah, subtotals, D, PPN, total", () => {
    fc.assert(
      fc.property(arbProject, (g) => {
        const analysis = analyzeProject(buildProject(g));
        for (const p of analysis.pekerjaan.values()) {
          const sums = { TK: new Decimal(0), BHN: new Decimal(0), ALT: new Decimal(0), LAIN: new Decimal(0) };
          for (const l of p.lines) {
            expect(str(l.jumlah)).toBe(str(roundMoney(l.koefisien.times(l.harga))));
            sums[l.kategori] = sums[l.kategori].plus(l.jumlah);
          }
          expect([p.A, p.B, p.C, p.L].map(str)).toEqual([sums.TK, sums.BHN, sums.ALT, sums.LAIN].map(str));
          expect(str(p.E)).toBe(str(p.A.plus(p.B).plus(p.C).plus(p.L)));
          expect(str(p.flat.A.plus(p.flat.B).plus(p.flat.C).plus(p.flat.L))).toBe(str(p.E));
          for (const part of [p.flat.A, p.flat.B, p.flat.C, p.flat.L]) expect(part.decimalPlaces()).toBeLessThanOrEqual(2);
          expect(str(p.F)).toBe(str(roundMoney(p.E.times(p.overheadProfitPercent).div(100))));
          expect(str(p.G)).toBe(str(p.E.plus(p.F)));
          const step = new Decimal(g.unitPriceRounding);
          expect(p.hargaSatuan.mod(step).isZero()).toBe(true);
          expect(p.hargaSatuan.minus(p.G).abs().lte(step.div(2))).toBe(true);
          expect(str(p.jumlah)).toBe(str(roundMoney(p.hargaSatuan.times(p.volume))));
        }
        const rekap = rekapRab(analysis, oneTree(analysis.order), { ppnPercent: g.ppnPercent, roundingBase: 1000 });
        let D = new Decimal(0);
        for (const k of rekap.klasifikasi) {
          let kSum = new Decimal(0);
          for (const s of k.subKlasifikasi) {
            const sSum = s.pekerjaan.reduce((sum, p) => sum.plus(p.jumlah), new Decimal(0));
            expect(str(s.subtotal)).toBe(str(sSum));
            kSum = kSum.plus(s.subtotal);
          }
          expect(str(k.subtotal)).toBe(str(kSum));
          D = D.plus(k.subtotal);
        }
        expect(str(rekap.totalBiayaLangsung)).toBe(str(D));
        expect(str(rekap.ppn)).toBe(str(roundMoney(D.times(g.ppnPercent).div(100))));
        expect(str(rekap.total)).toBe(str(D.plus(rekap.ppn)));
      }),
      { numRuns: 300 },
    );
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
    expect(str(r.ppn)).toBe("242.1"); // 11% of 2.200,88 = 242,0968, printed 242,10
    expect(str(r.total)).toBe("2442.98");
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
        {
          id: "K",
          subKlasifikasi: [
            { id: "S", pekerjaanIds: ["P1"] },
            { id: "S2", pekerjaanIds: ["P1"] },
          ],
        },
      ]),
    ).toThrow(expect.objectContaining({ code: "DUPLICATE_PEKERJAAN" }));
  });

  it("an empty tree totals zero", () => {
    const r = rekapRab(analysis, [], { roundingBase: 1 });
    expect(str(r.total)).toBe("0");
    expect(r.terbilang).toBe("nol rupiah");
  });
});
