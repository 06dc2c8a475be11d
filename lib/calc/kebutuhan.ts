/**
 * Rekap Kebutuhan: how much of each resource (kategori, kode) the project needs,
 *   qty(r) = Σ_p Σ_{lines l of p resolving to r} koefisien_l × bundle chain koefisien × volume_p
 *   cost(r) = round2(printed qty(r) × harga(r)), qty printed to KEBUTUHAN_QTY_DP decimals;
 * totals are sums of the printed costs (docs/calculation.md).
 *
 * Instead of expanding every bundle into its components (which repeats work for a
 * pekerjaan bundled many times), each pekerjaan gets an "effective volume": its own
 * selected volume plus koefisien × effective volume of every pekerjaan that bundles it.
 * Pushing volumes down the bundle graph once, users before bundles, multiplies the
 * chain koefisien and keeps the whole rekap O(total lines).
 *
 * Consistency check (tested): Σ cost = Σ_p E_p × volume_p, the RAB before overhead & profit,
 * up to the rounding of the printed rows.
 */
import { KATEGORI_LIST, type Kategori, type ProjectAnalysis } from "./analysis";
import { Decimal, type DecimalValue, ZERO, roundMoney, roundQty, toDecimal } from "./decimal";
import { CalcError } from "./errors";

/** Decimals a Rekap Kebutuhan prints of each quantity, the precision of a volume. */
export const KEBUTUHAN_QTY_DP = 3;

export interface KebutuhanOptions {
  /** Only these pekerjaan (e.g. one klasifikasi); default: every pekerjaan in the analysis. */
  pekerjaanIds?: Iterable<string>;
  /**
   * Multiplies a pekerjaan's volume, e.g. its planned share of a period (0.25 for 25%).
   * Missing ids count with factor 1. This is how kebutuhan per period is computed.
   */
  volumeShare?: ReadonlyMap<string, DecimalValue>;
}

export interface KebutuhanItem {
  kategori: Kategori;
  kode: string;
  quantity: Decimal;
  harga: Decimal;
  cost: Decimal;
  /** False when the kode has no price (harga counted as 0). */
  priced: boolean;
}

export interface RekapKebutuhan {
  /** Sorted by kategori (TK, BHN, ALT, LAIN), then kode (numeric-aware). */
  items: readonly KebutuhanItem[];
  totals: Readonly<Record<Kategori, Decimal>>;
  total: Decimal;
}

export function rekapKebutuhan(analysis: ProjectAnalysis, options: KebutuhanOptions = {}): RekapKebutuhan {
  const effective = effectiveVolumes(analysis, options);
  // Keyed by kategori, then kode: no key string built per line (a project has ~12,000).
  const byResource = new Map<Kategori, Map<string, KebutuhanItem>>(KATEGORI_LIST.map((k) => [k, new Map()]));

  for (const [id, volume] of effective) {
    if (volume.isZero()) continue;
    for (const line of analysis.pekerjaan.get(id)?.lines ?? []) {
      // A bundle line is not a resource: its components were reached via effective volume.
      if (line.bundlePekerjaanId !== null) continue;
      const resources = byResource.get(line.kategori)!;
      const item = resources.get(line.kode) ?? {
        kategori: line.kategori,
        kode: line.kode,
        quantity: ZERO,
        harga: line.harga,
        cost: ZERO,
        priced: line.priced,
      };
      item.quantity = item.quantity.plus(line.koefisien.times(volume));
      resources.set(line.kode, item);
    }
  }

  const items = [...byResource.values()].flatMap((resources) => [...resources.values()]).sort(compareItems);
  const totals = { TK: ZERO, BHN: ZERO, ALT: ZERO, LAIN: ZERO };
  for (const item of items) {
    item.quantity = roundQty(item.quantity, KEBUTUHAN_QTY_DP);
    item.cost = roundMoney(item.quantity.times(item.harga));
    totals[item.kategori] = totals[item.kategori].plus(item.cost);
  }
  const total = KATEGORI_LIST.reduce((s, k) => s.plus(totals[k]), ZERO);
  return { items, totals, total };
}

/** Selected volume of each pekerjaan plus what the pekerjaan bundling it need of it. */
function effectiveVolumes(analysis: ProjectAnalysis, options: KebutuhanOptions): Map<string, Decimal> {
  const selected = options.pekerjaanIds ? [...options.pekerjaanIds] : analysis.order;
  const effective = new Map<string, Decimal>();
  const add = (id: string, v: Decimal) => effective.set(id, (effective.get(id) ?? ZERO).plus(v));

  for (const id of new Set(selected)) {
    const p = analysis.pekerjaan.get(id);
    if (!p) throw new CalcError("UNKNOWN_PEKERJAAN", `Pekerjaan tidak ada dalam analisa: ${id}`, [id]);
    const share = options.volumeShare?.get(id);
    add(id, share === undefined ? p.volume : p.volume.times(toDecimal(share, `porsi volume ${id}`)));
  }
  // Reverse dependency order visits every user of a bundle before the bundle itself,
  // so a pekerjaan's effective volume is complete before it is pushed further down.
  for (let i = analysis.dependencyOrder.length - 1; i >= 0; i--) {
    const id = analysis.dependencyOrder[i]!;
    const volume = effective.get(id);
    if (!volume || volume.isZero()) continue;
    for (const line of analysis.pekerjaan.get(id)?.lines ?? []) {
      if (line.bundlePekerjaanId !== null) add(line.bundlePekerjaanId, line.koefisien.times(volume));
    }
  }
  return effective;
}

const kodeCollator = new Intl.Collator("en", { numeric: true });

function compareItems(a: KebutuhanItem, b: KebutuhanItem): number {
  return KATEGORI_LIST.indexOf(a.kategori) - KATEGORI_LIST.indexOf(b.kategori) || kodeCollator.compare(a.kode, b.kode);
}
