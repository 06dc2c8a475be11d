/**
 * Rincian AHSP of one pekerjaan: its lines with harga and jumlah, and A through G. It reads
 * the whole analyzed project (lib/rekap/cache) because a bundle line is priced at the bundled
 * pekerjaan's E, which may itself hold bundles.
 * - `subtotals` sum the lines as listed, per kategori (a bundle line counts under LAIN);
 * - A, B, C, L are the engine's `flat` split, as in Rekap RAB (a bundle's labour in A…).
 */
import { koefisienText, money, percentText, volumeText } from "@/lib/api/decimal";
import { type Decimal, type Kategori, KATEGORI_LIST, type PekerjaanAnalysis, sumDecimals } from "@/lib/calc";
import type { PekerjaanSource } from "@/lib/generated/prisma/client";
import { calcProject } from "./cache";
import { loadedPekerjaan } from "./load";

export interface RincianLineView {
  kategori: Kategori;
  kode: string;
  uraian: string;
  satuan: string;
  koefisien: string;
  harga: string;
  jumlah: string;
  bundlePekerjaanId: string | null;
  /** False while the resource's harga is 0. */
  priced: boolean;
}

export interface RincianView {
  pekerjaan: { id: string; kode: string | null; uraian: string; satuan: string; source: PekerjaanSource; volume: string };
  lines: RincianLineView[];
  subtotals: Record<Kategori, string>;
  A: string;
  B: string;
  C: string;
  L: string;
  E: string;
  overheadProfitPercent: string;
  F: string;
  G: string;
  jumlah: string;
}

export async function getRincianAhsp(projectId: string, pekerjaanId: string): Promise<RincianView> {
  const { project, analysis } = await calcProject(projectId);
  const p = loadedPekerjaan(project, pekerjaanId);
  const a = analysis.pekerjaan.get(pekerjaanId)!;
  const lines = a.lines.map((line) => {
    const item = project.hargaItems.get(line.kode)!;
    return {
      kategori: line.kategori,
      kode: line.kode,
      uraian: item.uraian,
      satuan: item.satuan,
      koefisien: koefisienText(line.koefisien),
      harga: money(line.harga),
      jumlah: money(line.jumlah),
      bundlePekerjaanId: line.bundlePekerjaanId,
      priced: line.priced,
    };
  });
  const sums = kategoriSubtotals(a);
  const subtotals = Object.fromEntries(KATEGORI_LIST.map((k) => [k, money(sums[k])])) as Record<Kategori, string>;
  return {
    pekerjaan: { id: p.id, kode: p.kode, uraian: p.uraian, satuan: p.satuan, source: p.source, volume: volumeText(a.volume) },
    lines,
    subtotals,
    A: money(a.flat.A),
    B: money(a.flat.B),
    C: money(a.flat.C),
    L: money(a.flat.L),
    E: money(a.E),
    overheadProfitPercent: percentText(a.overheadProfitPercent),
    F: money(a.F),
    G: money(a.G),
    jumlah: money(a.jumlah),
  };
}

/** Σ jumlah of a pekerjaan's lines as listed, per kategori (a bundle line counts under LAIN). */
export function kategoriSubtotals(a: PekerjaanAnalysis): Record<Kategori, Decimal> {
  return Object.fromEntries(
    KATEGORI_LIST.map((k) => [k, sumDecimals(a.lines.filter((l) => l.kategori === k).map((l) => l.jumlah))]),
  ) as Record<Kategori, Decimal>;
}
