/**
 * Rekap RAB: the priced tree klasifikasi → sub-klasifikasi → pekerjaan with subtotals,
 *   D = Σ printed jumlah, PPN = round2(D × ppn% / 100), Total = D + PPN,
 *   Pembulatan = round_half_up(Total / base) × base, and its terbilang.
 * Every input is already a printed value (jumlah to the sen, see analysis.ts), so each
 * subtotal and total is exactly the sum of the figures printed above it.
 */
import { mustGet, type PekerjaanAnalysis, type ProjectAnalysis } from "./analysis";
import { Decimal, type DecimalValue, HUNDRED, ZERO, roundMoney, toDecimal } from "./decimal";
import { CalcError } from "./errors";
import { roundToMultiple } from "./rounding";
import { terbilang } from "./terbilang";

export const ROUNDING_BASES = [1, 1000, 10000, 100000] as const;
export type RoundingBase = (typeof ROUNDING_BASES)[number];
export const DEFAULT_PPN_PERCENT = 11; // 12% on a DPP of 11/12 since 2025
export const DEFAULT_ROUNDING_BASE: RoundingBase = 1000;

export interface RekapSubKlasifikasiInput {
  id: string;
  /** Pekerjaan ids in display order. */
  pekerjaanIds: readonly string[];
}

export interface RekapKlasifikasiInput {
  id: string;
  subKlasifikasi: readonly RekapSubKlasifikasiInput[];
}

export interface RekapOptions {
  /** Default 11. */
  ppnPercent?: DecimalValue;
  /** One of 1, 1000, 10000, 100000; default 1000. */
  roundingBase?: number;
}

export interface RekapSubKlasifikasi {
  id: string;
  subtotal: Decimal;
  pekerjaan: readonly PekerjaanAnalysis[];
}

export interface RekapKlasifikasi {
  id: string;
  subtotal: Decimal;
  subKlasifikasi: readonly RekapSubKlasifikasi[];
}

export interface RekapRab {
  klasifikasi: readonly RekapKlasifikasi[];
  /** D = Σ jumlah over the tree. */
  totalBiayaLangsung: Decimal;
  ppnPercent: Decimal;
  ppn: Decimal;
  total: Decimal;
  roundingBase: RoundingBase;
  pembulatan: Decimal;
  /** Terbilang of pembulatan, e.g. "… sepuluh ribu rupiah". */
  terbilang: string;
}

export function isRoundingBase(base: number): base is RoundingBase {
  return (ROUNDING_BASES as readonly number[]).includes(base);
}

/** round_half_up(total / base) × base; e.g. 8.814.013.979 at 10.000 → 8.814.010.000. */
export function pembulatan(total: Decimal, base: number): Decimal {
  if (!isRoundingBase(base)) {
    throw new CalcError("INVALID_ROUNDING_BASE", `Basis pembulatan harus salah satu dari ${ROUNDING_BASES.join(", ")}: ${base}`);
  }
  return roundToMultiple(total, base);
}

export function rekapRab(analysis: ProjectAnalysis, tree: readonly RekapKlasifikasiInput[], options: RekapOptions = {}): RekapRab {
  const roundingBase = options.roundingBase ?? DEFAULT_ROUNDING_BASE;
  const ppnPercent = toDecimal(options.ppnPercent ?? DEFAULT_PPN_PERCENT, "PPN");
  const seen = new Set<string>();
  const klasifikasi = tree.map((k) => {
    const subKlasifikasi = k.subKlasifikasi.map((s) => rekapSub(analysis, s, seen));
    return { id: k.id, subtotal: sumOf(subKlasifikasi), subKlasifikasi };
  });

  const totalBiayaLangsung = sumOf(klasifikasi);
  const ppn = roundMoney(totalBiayaLangsung.times(ppnPercent).div(HUNDRED));
  const total = totalBiayaLangsung.plus(ppn);
  const rounded = pembulatan(total, roundingBase);
  return {
    klasifikasi,
    totalBiayaLangsung,
    ppnPercent,
    ppn,
    total,
    roundingBase: roundingBase as RoundingBase, // validated by pembulatan()
    pembulatan: rounded,
    terbilang: terbilang(rounded),
  };
}

function rekapSub(analysis: ProjectAnalysis, sub: RekapSubKlasifikasiInput, seen: Set<string>): RekapSubKlasifikasi {
  const pekerjaan = sub.pekerjaanIds.map((id) => {
    if (!analysis.pekerjaan.has(id)) {
      throw new CalcError("UNKNOWN_PEKERJAAN", `Pekerjaan tidak ada dalam analisa: ${id}`, [id]);
    }
    // A pekerjaan listed twice would be counted twice in D.
    if (seen.has(id)) {
      throw new CalcError("DUPLICATE_PEKERJAAN", `Pekerjaan muncul dua kali di rekap: ${id}`, [id]);
    }
    seen.add(id);
    return mustGet(analysis.pekerjaan, id);
  });
  return { id: sub.id, subtotal: pekerjaan.reduce((s, p) => s.plus(p.jumlah), ZERO), pekerjaan };
}

function sumOf(nodes: readonly { subtotal: Decimal }[]): Decimal {
  return nodes.reduce((s, n) => s.plus(n.subtotal), ZERO);
}
