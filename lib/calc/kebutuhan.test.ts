import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeProject } from "./analysis";
import { Decimal, roundMoney } from "./decimal";
import { rekapKebutuhan } from "./kebutuhan";
import { rekapRab } from "./rekap";
import { arbProject, buildProject, oneTree, roundingBound, shuffle } from "./test-arbitraries";
import { bundle, line, pekerjaan, prices } from "./test-helpers";

const str = (d: Decimal) => d.toString();

describe("domain example 3: kebutuhan through a bundle", () => {
  it("0,75 OH × bundle koefisien 4 × volume 2 = 6 OH", () => {
    const analysis = analyzeProject({
      pekerjaan: [pekerjaan("P", 2, [bundle("Q", 4)]), pekerjaan("Q", 0, [line("TK", "L.01", "0.75")])],
      prices: prices({ "L.01": 100000 }),
      overheadProfitPercent: 10,
    });
    const k = rekapKebutuhan(analysis);
    expect(k.items.map((i) => [i.kategori, i.kode, str(i.quantity), str(i.cost)])).toEqual([["TK", "L.01", "6", "600000"]]);
    expect(str(k.totals.TK)).toBe("600000");
    expect(str(k.total)).toBe("600000");
  });
});

describe("rekapKebutuhan", () => {
  const analysis = analyzeProject({
    pekerjaan: [
      pekerjaan("P1", 10, [line("TK", "L.01", "0.2"), line("BHN", "B.02", "11.5"), line("BHN", "B.01", "71.91")]),
      pekerjaan("P2", "2.5", [line("TK", "L.01", "0.1"), line("BHN", "B.02", 3), bundle("Q", 2)]),
      // Q is bundled by P2 and is also a pekerjaan of its own with volume 1.
      pekerjaan("Q", 1, [line("BHN", "B.02", 2), line("ALT", "E.01", "0.5"), line("LAIN", "X.01", 1)]),
      // Same kode under a different kategori is a different resource.
      pekerjaan("P4", 1, [line("LAIN", "L.01", 1)]),
    ],
    prices: prices({ "L.01": 100000, "B.01": 800, "B.02": "1500.50", "E.01": 200000 }),
    overheadProfitPercent: 10,
  });

  it("sums quantities per (kategori, kode) through bundles, sorted by kategori then kode", () => {
    const k = rekapKebutuhan(analysis);
    expect(k.items.map((i) => [i.kategori, i.kode, str(i.quantity), i.priced])).toEqual([
      ["TK", "L.01", "2.25", true], // 0,2 × 10 + 0,1 × 2,5
      ["BHN", "B.01", "719.1", true],
      ["BHN", "B.02", "134.5", true], // 11,5 × 10 + 3 × 2,5 + 2 × (2 × 2,5 + 1)
      ["ALT", "E.01", "3", true], // 0,5 × (2 × 2,5 + 1)
      ["LAIN", "L.01", "1", true],
      ["LAIN", "X.01", "6", false], // unpriced, counted at 0
    ]);
    expect(k.items.some((i) => i.kode.startsWith("BUNDLE"))).toBe(false);
    expect(str(k.totals.TK)).toBe("225000");
    expect(str(k.totals.BHN)).toBe(new Decimal("719.1").times(800).plus(new Decimal("134.5").times("1500.50")).toString());
    expect(str(k.totals.ALT)).toBe("600000");
    expect(str(k.totals.LAIN)).toBe("100000");
    expect(str(k.total)).toBe(str(k.totals.TK.plus(k.totals.BHN).plus(k.totals.ALT).plus(k.totals.LAIN)));
  });

  it("filters to a subset of pekerjaan (a klasifikasi), still following its bundles", () => {
    const k = rekapKebutuhan(analysis, { pekerjaanIds: ["P2"] });
    expect(k.items.map((i) => [i.kategori, i.kode, str(i.quantity)])).toEqual([
      ["TK", "L.01", "0.25"],
      ["BHN", "B.02", "17.5"], // 3 × 2,5 + 2 × 2 × 2,5
      ["ALT", "E.01", "2.5"],
      ["LAIN", "X.01", "5"],
    ]);
  });

  it("scales volumes by a period share", () => {
    const k = rekapKebutuhan(analysis, { pekerjaanIds: ["P1"], volumeShare: new Map([["P1", "0.25"]]) });
    expect(k.items.map((i) => str(i.quantity))).toEqual(["0.5", "179.775", "28.75"]);
  });

  it("rejects an unknown pekerjaan in the filter", () => {
    expect(() => rekapKebutuhan(analysis, { pekerjaanIds: ["NOPE"] })).toThrow(expect.objectContaining({ code: "UNKNOWN_PEKERJAAN" }));
  });
});

describe("properties", () => {
  it("Σ kebutuhan cost = Σ E × volume (the RAB before overhead & profit) up to the rounding of printed figures", () => {
    fc.assert(
      fc.property(arbProject, (g) => {
        const input = buildProject(g);
        const analysis = analyzeProject(input);
        const k = rekapKebutuhan(analysis);
        const sumEV = [...analysis.pekerjaan.values()].reduce((s, p) => s.plus(p.E.times(p.volume)), new Decimal(0));
        expect(k.total.minus(sumEV).abs().lte(roundingBound(input, analysis))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("every printed row re-adds: cost = round2(quantity × harga), quantity to 3 dp, totals are sums of rows", () => {
    fc.assert(
      fc.property(arbProject, (g) => {
        const k = rekapKebutuhan(analyzeProject(buildProject(g)));
        const sums = { TK: new Decimal(0), BHN: new Decimal(0), ALT: new Decimal(0), LAIN: new Decimal(0) };
        for (const item of k.items) {
          expect(item.quantity.decimalPlaces()).toBeLessThanOrEqual(3);
          expect(item.cost.toString()).toBe(roundMoney(item.quantity.times(item.harga)).toString());
          sums[item.kategori] = sums[item.kategori].plus(item.cost);
        }
        for (const kategori of ["TK", "BHN", "ALT", "LAIN"] as const) expect(k.totals[kategori].toString()).toBe(sums[kategori].toString());
        expect(k.total.toString()).toBe(sums.TK.plus(sums.BHN).plus(sums.ALT).plus(sums.LAIN).toString());
      }),
      { numRuns: 200 },
    );
  });

  it("the order of lines and pekerjaan does not change any total", () => {
    fc.assert(
      fc.property(arbProject, (g) => {
        const input = buildProject(g);
        const shuffled = {
          ...input,
          pekerjaan: shuffle(input.pekerjaan, g.seed).map((p, i) => ({ ...p, lines: shuffle(p.lines, g.seed + i) })),
        };
        const a = analyzeProject(input);
        const b = analyzeProject(shuffled);
        const D = (x: typeof a) => str(rekapRab(x, oneTree(input.pekerjaan.map((p) => p.id))).totalBiayaLangsung);
        expect(D(b)).toBe(D(a));
        for (const id of a.order) expect(str(b.pekerjaan.get(id)!.jumlah)).toBe(str(a.pekerjaan.get(id)!.jumlah));
        const items = (x: typeof a) => rekapKebutuhan(x).items.map((i) => `${i.kategori} ${i.kode} ${str(i.quantity)}`);
        expect(items(b)).toEqual(items(a));
      }),
      { numRuns: 200 },
    );
  });
});
