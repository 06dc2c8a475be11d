/**
 * Analisa harga satuan per pekerjaan (AHSP), rounded where a document prints a value and
 * computed onward from the printed value (docs/calculation.md):
 *   line jumlah = round2(koefisien × harga); A/B/C/L = Σ printed lines of TK/BHN/ALT/LAIN;
 *   E = A + B + C + L; F = round2(E × overheadProfit% / 100); G = E + F;
 *   hargaSatuan = round(G, the project's unit-price rounding); jumlah = round2(hargaSatuan × volume).
 *
 * Bundles: a LAIN line with `bundlePekerjaanId = q` means "koefisien units of q", priced at
 * the printed E_q: it contributes round2(koefisien × E_q) to L. The bundle graph is checked once (cycles, depth ≤ 3)
 * and pekerjaan are then priced in dependency order, each exactly once, so a project
 * costs O(total lines) however often a pekerjaan is bundled.
 */
import { Decimal, type DecimalValue, HUNDRED, ZERO, roundMoney, toDecimal } from "./decimal";
import { CalcError } from "./errors";
import { DEFAULT_UNIT_PRICE_ROUNDING, roundPartsToTotal, roundUnitPrice, type UnitPriceRounding } from "./rounding";

export type Kategori = "TK" | "BHN" | "ALT" | "LAIN";
export const KATEGORI_LIST: readonly Kategori[] = ["TK", "BHN", "ALT", "LAIN"];

/** The peer system caps bundle nesting at 3: p → bundle → bundle → bundle. */
export const MAX_BUNDLE_DEPTH = 3;

export interface CalcLine {
  kategori: Kategori;
  kode: string;
  koefisien: DecimalValue;
  /** Set on a LAIN line that stands for `koefisien` units of another pekerjaan. */
  bundlePekerjaanId?: string | null;
}

export interface CalcPekerjaan {
  id: string;
  volume: DecimalValue;
  /** Per-pekerjaan BUK override; null/undefined uses the project rate. */
  overheadProfitPercent?: DecimalValue | null;
  lines: CalcLine[];
}

/** The project's price list, keyed by kode (one price per resource in a project). */
export type PriceMap = ReadonlyMap<string, DecimalValue>;

export interface AnalysisInput {
  /** Every pekerjaan, including those only used as bundles (they may have volume 0). */
  pekerjaan: readonly CalcPekerjaan[];
  prices: PriceMap;
  /** Project BUK rate in percent (e.g. 10). */
  overheadProfitPercent: DecimalValue;
  /** How the printed harga satuan is rounded; default to the sen. */
  unitPriceRounding?: UnitPriceRounding;
}

/** Per-unit cost split A (TK), B (BHN), C (ALT), L (LAIN). */
export interface KategoriTotals {
  A: Decimal;
  B: Decimal;
  C: Decimal;
  L: Decimal;
}

export interface AnalyzedLine {
  kategori: Kategori;
  kode: string;
  koefisien: Decimal;
  bundlePekerjaanId: string | null;
  /** Unit price used: the kode's price, or the bundled pekerjaan's E. */
  harga: Decimal;
  /** round2(koefisien × harga), per unit of the pekerjaan. */
  jumlah: Decimal;
  /** False when the kode has no price and was counted as 0. Bundle lines are always priced. */
  priced: boolean;
}

export interface PekerjaanAnalysis extends KategoriTotals {
  id: string;
  volume: Decimal;
  /** Biaya langsung per unit: A + B + C + L. */
  E: Decimal;
  /** The rate actually applied: the override if set, else the project rate. */
  overheadProfitPercent: Decimal;
  F: Decimal;
  /** E + F. */
  G: Decimal;
  /** Harga satuan pekerjaan as printed: G rounded by the project's unit-price rounding. */
  hargaSatuan: Decimal;
  /** round2(hargaSatuan × volume). */
  jumlah: Decimal;
  /**
   * Same per-unit E split with bundles flattened: a bundle's TK money counts in A, etc.
   * (4 × (0,75 OH × 100.000) gives A = 300.000 here, while the line view above puts it in
   * L). Each bundle line's printed jumlah is split over the bundled pekerjaan's flat parts to
   * the sen (largest remainder), so flat.A + flat.B + flat.C + flat.L = E exactly.
   */
  flat: KategoriTotals;
  lines: readonly AnalyzedLine[];
  /** Kode of this pekerjaan's own lines that have no price (not those inside bundles). */
  unpricedKode: readonly string[];
  /** Longest bundle chain below this pekerjaan (0 = no bundles). */
  bundleDepth: number;
}

export interface ProjectAnalysis {
  pekerjaan: ReadonlyMap<string, PekerjaanAnalysis>;
  /** Ids in input order. */
  order: readonly string[];
  /** Ids with every bundled pekerjaan before the pekerjaan that uses it. */
  dependencyOrder: readonly string[];
  /** Every kode used on a non-bundle line that has no price, sorted. The UI should warn. */
  unpricedKode: readonly string[];
  overheadProfitPercent: Decimal;
}

const LETTER: Record<Kategori, keyof KategoriTotals> = { TK: "A", BHN: "B", ALT: "C", LAIN: "L" };

export function analyzeProject(input: AnalysisInput): ProjectAnalysis {
  const byId = indexPekerjaan(input.pekerjaan);
  validateLines(byId);
  const dependencyOrder = bundleDependencyOrder(input.pekerjaan, byId);
  const depths = bundleDepths(dependencyOrder, byId);
  const pricing: Pricing = {
    projectRate: toDecimal(input.overheadProfitPercent, "overhead & profit proyek"),
    unitPriceRounding: input.unitPriceRounding ?? DEFAULT_UNIT_PRICE_ROUNDING,
    price: priceLookup(input.prices),
  };

  const results = new Map<string, PekerjaanAnalysis>();
  for (const id of dependencyOrder) {
    const p = mustGet(byId, id);
    results.set(id, analyzePekerjaan(p, pricing, results, depths.get(id) ?? 0));
  }
  const unpriced = new Set<string>();
  for (const r of results.values()) r.unpricedKode.forEach((k) => unpriced.add(k));

  return {
    pekerjaan: results,
    order: input.pekerjaan.map((p) => p.id),
    dependencyOrder,
    unpricedKode: [...unpriced].sort(),
    overheadProfitPercent: pricing.projectRate,
  };
}

function indexPekerjaan(list: readonly CalcPekerjaan[]): Map<string, CalcPekerjaan> {
  const byId = new Map<string, CalcPekerjaan>();
  for (const p of list) {
    if (byId.has(p.id)) {
      throw new CalcError("DUPLICATE_PEKERJAAN", `Pekerjaan ganda: ${p.id}`, [p.id]);
    }
    byId.set(p.id, p);
  }
  return byId;
}

function isBundle(line: CalcLine): line is CalcLine & { bundlePekerjaanId: string } {
  return line.bundlePekerjaanId !== null && line.bundlePekerjaanId !== undefined;
}

/** Rejects a bundle that is not a LAIN line or points outside the project. */
function validateLines(byId: ReadonlyMap<string, CalcPekerjaan>): void {
  for (const p of byId.values()) {
    for (const line of p.lines) {
      // Lines may come from a database string column: check at run time, not only in types.
      if (!KATEGORI_LIST.includes(line.kategori)) {
        throw new CalcError("INVALID_LINE", `Kategori tidak dikenal "${String(line.kategori)}" pada ${line.kode} di pekerjaan ${p.id}`, [
          p.id,
        ]);
      }
      if (!isBundle(line)) continue;
      if (line.kategori !== "LAIN") {
        throw new CalcError(
          "BUNDLE_NOT_LAIN",
          `Bundle hanya boleh pada baris LAIN: ${line.kode} di pekerjaan ${p.id} berkategori ${line.kategori}`,
          [p.id, line.bundlePekerjaanId],
        );
      }
      if (!byId.has(line.bundlePekerjaanId)) {
        throw new CalcError(
          "UNKNOWN_PEKERJAAN",
          `Bundle ${line.kode} di pekerjaan ${p.id} menunjuk pekerjaan yang tidak ada: ${line.bundlePekerjaanId}`,
          [p.id, line.bundlePekerjaanId],
        );
      }
    }
  }
}

function bundleTargets(p: CalcPekerjaan): string[] {
  return p.lines.filter(isBundle).map((l) => l.bundlePekerjaanId);
}

/**
 * Post-order of the bundle graph (bundled pekerjaan first), rejecting cycles.
 * Iterative DFS: a long chain of pekerjaan can not overflow the JS stack.
 */
function bundleDependencyOrder(list: readonly CalcPekerjaan[], byId: ReadonlyMap<string, CalcPekerjaan>): string[] {
  const done = new Set<string>();
  const onPath = new Map<string, number>(); // id → index in `path`
  const order: string[] = [];

  for (const root of list) {
    if (done.has(root.id)) continue;
    const path: { id: string; targets: string[]; next: number }[] = [];
    const enter = (id: string) => {
      onPath.set(id, path.length);
      path.push({ id, targets: bundleTargets(mustGet(byId, id)), next: 0 });
    };
    enter(root.id);
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const child = top.targets[top.next++];
      if (child === undefined) {
        path.pop();
        onPath.delete(top.id);
        done.add(top.id);
        order.push(top.id);
      } else if (onPath.has(child)) {
        const chain = [...path.slice(onPath.get(child)).map((f) => f.id), child];
        throw new CalcError("BUNDLE_CYCLE", `Bundle melingkar: ${chain.join(" → ")}`, chain);
      } else if (!done.has(child)) {
        enter(child);
      }
    }
  }
  return order;
}

/** Longest bundle chain below each pekerjaan; rejects chains deeper than MAX_BUNDLE_DEPTH. */
function bundleDepths(dependencyOrder: readonly string[], byId: ReadonlyMap<string, CalcPekerjaan>): Map<string, number> {
  const depth = new Map<string, number>();
  const deepestChild = new Map<string, string>();
  for (const id of dependencyOrder) {
    let best = 0;
    for (const child of bundleTargets(mustGet(byId, id))) {
      const d = 1 + (depth.get(child) ?? 0);
      if (d > best) {
        best = d;
        deepestChild.set(id, child);
      }
    }
    if (best > MAX_BUNDLE_DEPTH) {
      const chain = [id];
      for (let c = deepestChild.get(id); c !== undefined; c = deepestChild.get(c)) chain.push(c);
      throw new CalcError("BUNDLE_TOO_DEEP", `Bundle bertingkat lebih dari ${MAX_BUNDLE_DEPTH} tingkat: ${chain.join(" → ")}`, chain);
    }
    depth.set(id, best);
  }
  return depth;
}

type PriceLookup = (kode: string) => { harga: Decimal; priced: boolean };

interface Pricing {
  projectRate: Decimal;
  unitPriceRounding: UnitPriceRounding;
  price: PriceLookup;
}

/**
 * Converts each used price once, as printed (to the sen); a missing price is 0 but reported
 * as unpriced.
 */
function priceLookup(prices: PriceMap): PriceLookup {
  const cache = new Map<string, { harga: Decimal; priced: boolean }>();
  return (kode) => {
    let hit = cache.get(kode);
    if (!hit) {
      const raw = prices.get(kode);
      hit = raw === undefined ? { harga: ZERO, priced: false } : { harga: roundMoney(toDecimal(raw, () => `harga ${kode}`)), priced: true };
      cache.set(kode, hit);
    }
    return hit;
  };
}

function zeroTotals(): KategoriTotals {
  return { A: ZERO, B: ZERO, C: ZERO, L: ZERO };
}

function sumTotals(t: KategoriTotals): Decimal {
  return t.A.plus(t.B).plus(t.C).plus(t.L);
}

function analyzePekerjaan(
  p: CalcPekerjaan,
  { projectRate, unitPriceRounding, price }: Pricing,
  done: ReadonlyMap<string, PekerjaanAnalysis>,
  bundleDepth: number,
): PekerjaanAnalysis {
  // Resource lines count the same in both splits; bundles differ (L by line, each kategori
  // flattened), so they are summed apart and combined once at the end.
  const own = zeroTotals();
  let bundleL = ZERO;
  const bundleFlat = zeroTotals();
  const lines: AnalyzedLine[] = [];
  const unpriced = new Set<string>();

  // Hot loop (a large project has ~12,000 lines): no object spread, no message strings
  // built unless an input is actually invalid.
  for (const line of p.lines) {
    const koefisien = toDecimal(line.koefisien, () => `koefisien ${line.kode} pada pekerjaan ${p.id}`);
    if (isBundle(line)) {
      // Dependency order guarantees the bundled pekerjaan is already priced.
      const q = mustGet(done, line.bundlePekerjaanId);
      const jumlah = roundMoney(koefisien.times(q.E));
      bundleL = bundleL.plus(jumlah);
      const share = roundPartsToTotal(
        { A: koefisien.times(q.flat.A), B: koefisien.times(q.flat.B), C: koefisien.times(q.flat.C), L: koefisien.times(q.flat.L) },
        jumlah,
      );
      for (const k of ["A", "B", "C", "L"] as const) bundleFlat[k] = bundleFlat[k].plus(share[k]);
      lines.push(analyzedLine(line, koefisien, q.id, q.E, jumlah, true));
    } else {
      const { harga, priced } = price(line.kode);
      if (!priced) unpriced.add(line.kode);
      const jumlah = roundMoney(koefisien.times(harga));
      const letter = LETTER[line.kategori];
      own[letter] = own[letter].plus(jumlah);
      lines.push(analyzedLine(line, koefisien, null, harga, jumlah, priced));
    }
  }
  const byLine = { A: own.A, B: own.B, C: own.C, L: own.L.plus(bundleL) };
  const flat = {
    A: own.A.plus(bundleFlat.A),
    B: own.B.plus(bundleFlat.B),
    C: own.C.plus(bundleFlat.C),
    L: own.L.plus(bundleFlat.L),
  };

  const volume = toDecimal(p.volume, () => `volume pekerjaan ${p.id}`);
  const rate = hasValue(p.overheadProfitPercent)
    ? toDecimal(p.overheadProfitPercent, () => `overhead & profit pekerjaan ${p.id}`)
    : projectRate;
  const E = sumTotals(byLine);
  const F = roundMoney(E.times(rate).div(HUNDRED));
  const G = E.plus(F);
  const hargaSatuan = roundUnitPrice(G, unitPriceRounding);
  return {
    id: p.id,
    volume,
    ...byLine,
    E,
    overheadProfitPercent: rate,
    F,
    G,
    hargaSatuan,
    jumlah: roundMoney(hargaSatuan.times(volume)),
    flat,
    lines,
    unpricedKode: [...unpriced].sort(),
    bundleDepth,
  };
}

function analyzedLine(
  line: CalcLine,
  koefisien: Decimal,
  bundlePekerjaanId: string | null,
  harga: Decimal,
  jumlah: Decimal,
  priced: boolean,
): AnalyzedLine {
  return { kategori: line.kategori, kode: line.kode, koefisien, bundlePekerjaanId, harga, jumlah, priced };
}

function hasValue<T>(v: T | null | undefined): v is T {
  return v !== null && v !== undefined;
}

/** Map lookup for ids the caller has already validated; a miss is a bug, not bad input. */
export function mustGet<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`internal: missing ${String(key)}`);
  return v;
}
