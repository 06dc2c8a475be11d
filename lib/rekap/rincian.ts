/**
 * Rincian AHSP of one pekerjaan: its lines with harga and jumlah, and A through G. It reads
 * the whole analyzed project (lib/rekap/cache) because a bundle line is priced at the bundled
 * pekerjaan's E, which may itself hold bundles.
 * Every figure is the engine's printed value: A, B, C, L are the sums of the printed lines
 * of each kategori (a bundle line counts under LAIN), so the page re-adds line by line.
 */
import { koefisienText, money, percentText, volumeText } from "@/lib/kernel/decimal";
import { type CalcProject, calcProject } from "./cache";
import { loadedPekerjaan } from "./load";
import type { RincianView } from "./types";

export async function getRincianAhsp(projectId: string, pekerjaanId: string): Promise<RincianView> {
  return buildRincianAhsp(await calcProject(projectId), pekerjaanId);
}

/** Of an analyzed project, live or a version (lib/versions). */
export function buildRincianAhsp({ project, analysis }: CalcProject, pekerjaanId: string): RincianView {
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
  return {
    pekerjaan: { id: p.id, kode: p.kode, uraian: p.uraian, satuan: p.satuan, source: p.source, volume: volumeText(a.volume) },
    lines,
    A: money(a.A),
    B: money(a.B),
    C: money(a.C),
    L: money(a.L),
    E: money(a.E),
    overheadProfitPercent: percentText(a.overheadProfitPercent),
    F: money(a.F),
    G: money(a.G),
    hargaSatuan: money(a.hargaSatuan),
    unitPriceRounding: project.pricing.unitPriceRounding,
    jumlah: money(a.jumlah),
  };
}
