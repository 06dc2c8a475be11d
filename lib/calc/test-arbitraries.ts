/** Generated projects and bounds for the calc engine's property tests (not part of the public API). */
import fc from "fast-check";
import type { CalcLine, CalcPekerjaan, Kategori, ProjectAnalysis } from "./analysis";
import { Decimal, type DecimalValue } from "./decimal";
import { rekapKebutuhan } from "./kebutuhan";
import { UNIT_PRICE_ROUNDINGS } from "./rounding";
import { bundle, line } from "./test-helpers";

const KODE: Record<Kategori, string[]> = {
  TK: ["L.01", "L.02", "L.03"],
  BHN: ["B.01", "B.02", "B.03", "B.04"],
  ALT: ["E.01", "E.02"],
  LAIN: ["X.01", "X.02"],
};
const ALL_KODE = Object.values(KODE).flat();

/** A decimal string with `dp` places, built without float arithmetic. */
export const dec = (maxUnits: number, dp: number) =>
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
export const arbProject = fc.record({
  pekerjaan: fc.array(arbPekerjaan, { minLength: 1, maxLength: 15 }),
  prices: fc.array(fc.option(dec(1_000_000_000, 2), { nil: null }), { minLength: ALL_KODE.length, maxLength: ALL_KODE.length }),
  rate: dec(1500, 2),
  uniformRate: fc.boolean(),
  unitPriceRounding: fc.constantFrom(...UNIT_PRICE_ROUNDINGS),
  ppnPercent: dec(2500, 2),
  seed: fc.integer(),
});
export type ArbProject = typeof arbProject extends fc.Arbitrary<infer T> ? T : never;

/** Bundles only point to a lower level, so the graph is acyclic and at most 3 deep. */
export function buildProject(g: ArbProject, volumeFactor: DecimalValue = 1) {
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
  return { pekerjaan: list, prices: harga, overheadProfitPercent: g.rate, unitPriceRounding: g.unitPriceRounding };
}

export function oneTree(ids: readonly string[]) {
  const half = Math.ceil(ids.length / 2);
  return [
    { id: "K1", subKlasifikasi: [{ id: "S1", pekerjaanIds: ids.slice(0, half) }] },
    { id: "K2", subKlasifikasi: [{ id: "S2", pekerjaanIds: ids.slice(half) }] },
  ];
}

/** Deterministic Fisher–Yates driven by the generated seed. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * How far Σ kebutuhan cost may be from Σ E × volume: every printed line, bundle line and row
 * is rounded once (≤ ½ sen each, ½ of the 3rd decimal for a quantity), and a bundle line
 * carries its bundled pekerjaan's rounding times its koefisien. Worked out independently of
 * the engine, from the input alone.
 */
export function roundingBound(input: { pekerjaan: readonly CalcPekerjaan[] }, analysis: ProjectAnalysis): Decimal {
  const half = new Decimal("0.005");
  const byId = new Map(input.pekerjaan.map((p) => [p.id, p]));
  const perUnit = new Map<string, Decimal>();
  const errE = (id: string): Decimal => {
    const known = perUnit.get(id);
    if (known) return known;
    const p = byId.get(id)!;
    let e = new Decimal(0);
    for (const l of p.lines) {
      e = e.plus(half);
      if (l.bundlePekerjaanId) e = e.plus(new Decimal(l.koefisien).times(errE(l.bundlePekerjaanId)));
    }
    perUnit.set(id, e);
    return e;
  };
  let bound = new Decimal(0);
  for (const p of input.pekerjaan) bound = bound.plus(new Decimal(p.volume).times(errE(p.id)));
  for (const item of rekapKebutuhan(analysis).items) bound = bound.plus(item.harga.times("0.0005")).plus(half);
  return bound;
}
