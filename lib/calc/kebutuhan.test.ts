import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeProject, type CalcLine, type CalcPekerjaan, type Kategori } from "./analysis";
import { Decimal, type DecimalValue } from "./decimal";
import { rekapKebutuhan } from "./kebutuhan";
import { rekapRab } from "./rekap";
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
    expect(k.items.map((i) => [i.kategori, i.kode, str(i.quantity), str(i.cost)])).toEqual([
      ["TK", "L.01", "6", "600000"],
    ]);
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
    expect(() => rekapKebutuhan(analysis, { pekerjaanIds: ["NOPE"] })).toThrow(
      expect.objectContaining({ code: "UNKNOWN_PEKERJAAN" }),
    );
  });
});

// ------------------------------------------------------------------ property tests

const KODE: Record<Kategori, string[]> = {
  TK: ["L.01", "L.02", "L.03"],
  BHN: ["B.01", "B.02", "B.03", "B.04"],
  ALT: ["E.01", "E.02"],
  LAIN: ["X.01", "X.02"],
};
const ALL_KODE = Object.values(KODE).flat();

/** A decimal string with `dp` places, built without float arithmetic. */
const dec = (maxUnits: number, dp: number) =>
  fc.integer({ min: 0, max: maxUnits }).map((n) => new Decimal(n).div(10 ** dp).toString());

const arbLine = fc.record({
  kategori: fc.constantFrom<Kategori>("TK", "BHN", "ALT", "LAIN"),
  kodeIndex: fc.nat(),
  koefisien: dec(10_000_000, 6), // ≤ 10, 6 dp
});
const arbPekerjaan = fc.record({
  level: fc.integer({ min: 0, max: 3 }),
  volume: dec(10_000_000, 3), // ≤ 10.000, 3 dp
  override: fc.option(dec(1500, 2), { nil: null }),
  lines: fc.array(arbLine, { maxLength: 6 }),
  bundles: fc.array(fc.record({ target: fc.nat(), koefisien: dec(10_000_000, 6) }), { maxLength: 3 }),
});
const arbProject = fc.record({
  pekerjaan: fc.array(arbPekerjaan, { minLength: 1, maxLength: 15 }),
  prices: fc.array(fc.option(dec(1_000_000_000, 2), { nil: null }), { minLength: ALL_KODE.length, maxLength: ALL_KODE.length }),
  rate: dec(1500, 2),
  uniformRate: fc.boolean(),
  seed: fc.integer(),
});
type ArbProject = typeof arbProject extends fc.Arbitrary<infer T> ? T : never;

/** Bundles only point to a lower level, so the graph is acyclic and at most 3 deep. */
function buildProject(g: ArbProject, volumeFactor: DecimalValue = 1) {
  const ids = g.pekerjaan.map((_, i) => `P${i}`);
  const list: CalcPekerjaan[] = g.pekerjaan.map((p, i) => {
    const lower = ids.filter((_, j) => g.pekerjaan[j]!.level < p.level);
    const lines: CalcLine[] = p.lines.map((l) => {
      const kodes = KODE[l.kategori];
      return line(l.kategori, kodes[l.kodeIndex % kodes.length]!, l.koefisien);
    });
    if (lower.length > 0) for (const b of p.bundles) lines.push(bundle(lower[b.target % lower.length]!, b.koefisien));
    return {
      id: ids[i]!,
      volume: new Decimal(p.volume).times(volumeFactor),
      overheadProfitPercent: g.uniformRate ? null : p.override,
      lines,
    };
  });
  const harga = new Map<string, string>();
  ALL_KODE.forEach((kode, i) => {
    const h = g.prices[i];
    if (h !== null && h !== undefined) harga.set(kode, h);
  });
  return { pekerjaan: list, prices: harga, overheadProfitPercent: g.rate };
}

function oneTree(ids: readonly string[]) {
  const half = Math.ceil(ids.length / 2);
  return [
    { id: "K1", subKlasifikasi: [{ id: "S1", pekerjaanIds: ids.slice(0, half) }] },
    { id: "K2", subKlasifikasi: [{ id: "S2", pekerjaanIds: ids.slice(half) }] },
  ];
}

/** Deterministic Fisher–Yates driven by the generated seed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("properties", () => {
  it("Σ kebutuhan cost = Σ E × volume (the RAB before overhead & profit), per kategori too", () => {
    fc.assert(
      fc.property(arbProject, (g) => {
        const analysis = analyzeProject(buildProject(g));
        const k = rekapKebutuhan(analysis);
        const perPekerjaan = [...analysis.pekerjaan.values()];
        const sumEV = perPekerjaan.reduce((s, p) => s.plus(p.E.times(p.volume)), new Decimal(0));
        expect(str(k.total)).toBe(str(sumEV));
        // The flattened split of E agrees with kebutuhan per kategori.
        const sumFlatA = perPekerjaan.reduce((s, p) => s.plus(p.flat.A.times(p.volume)), new Decimal(0));
        expect(str(k.totals.TK)).toBe(str(sumFlatA));
        if (g.uniformRate) {
          const D = rekapRab(analysis, oneTree(analysis.order)).totalBiayaLangsung;
          expect(str(D)).toBe(str(k.total.times(new Decimal(g.rate).div(100).plus(1))));
        }
      }),
      { numRuns: 300 },
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

  it("scaling every volume by k scales D by k", () => {
    fc.assert(
      fc.property(arbProject, dec(100_000, 3), (g, k) => {
        const base = analyzeProject(buildProject(g));
        const scaled = analyzeProject(buildProject(g, k));
        const D = (x: typeof base) => rekapRab(x, oneTree(x.order)).totalBiayaLangsung;
        expect(str(D(scaled))).toBe(str(D(base).times(k)));
        expect(str(rekapKebutuhan(scaled).total)).toBe(str(rekapKebutuhan(base).total.times(k)));
      }),
      { numRuns: 200 },
    );
  });
});
