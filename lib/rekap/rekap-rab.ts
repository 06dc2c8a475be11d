/**
 * Rekap RAB: the priced tree klasifikasi → sub-klasifikasi → pekerjaan with subtotals, PPN,
 * total, pembulatan and terbilang. All arithmetic is the calc engine's (rekapRab), which
 * already rounds every figure where it is printed; this module takes the analyzed project
 * (lib/rekap/cache) and writes those figures as text (money 2 dp, volume 3 dp).
 *
 * A, B, C, L are the engine's `flat` split: a bundle's labour shows in the pekerjaan's A,
 * its materials in B, and so on (4 × 0,75 OH × 100.000 → A = 300.000), which is what the
 * kategori columns of a Rekap RAB mean. They add up to E to the sen, like the line split.
 */
import { money, percentText, volumeText } from "@/lib/kernel/decimal";
import { type PekerjaanAnalysis, type RekapRab, rekapRab } from "@/lib/calc";
import { type CalcProject, calcProject } from "./cache";
import type { LoadedPekerjaan } from "./load";
import { periksaOf } from "./periksa";
import type { PrintedTotals, RekapPekerjaanView, RekapRabResult } from "./types";

/** `knownContentRevision`: see calcProject. */
export async function getRekapRab(projectId: string, knownContentRevision?: number): Promise<RekapRabResult> {
  return buildRekapRab(await calcProject(projectId, knownContentRevision));
}

/** The engine's Rekap RAB of the loaded tree. Node i of each level is node i of `project.klasifikasi`. */
export function rekapRabOf({ project, analysis }: CalcProject): RekapRab {
  const tree = project.klasifikasi.map((k) => ({
    id: k.id,
    subKlasifikasi: k.subKlasifikasi.map((s) => ({ id: s.id, pekerjaanIds: s.pekerjaan.map((p) => p.id) })),
  }));
  return rekapRab(analysis, tree, {
    ppnPercent: project.pricing.ppnPercent,
    roundingBase: project.pricing.roundingBase,
  });
}

export function buildRekapRab(calc: CalcProject): RekapRabResult {
  const { project, analysis } = calc;
  const rekap = rekapRabOf(calc);
  // rekapRab keeps the order of `tree`, so node i of its result is node i of the loaded tree.
  const klasifikasi = rekap.klasifikasi.map((k, ki) => {
    const loadedK = project.klasifikasi[ki]!;
    return {
      id: k.id,
      name: loadedK.name,
      jumlah: money(k.subtotal),
      subKlasifikasi: k.subKlasifikasi.map((s, si) => {
        const loadedS = loadedK.subKlasifikasi[si]!;
        return {
          id: s.id,
          name: loadedS.name,
          jumlah: money(s.subtotal),
          pekerjaan: s.pekerjaan.map((a, pi) => pekerjaanView(loadedS.pekerjaan[pi]!, a)),
        };
      }),
    };
  });
  return {
    rekap: {
      klasifikasi,
      totals: {
        ...printedTotals(rekap),
        terbilang: rekap.terbilang,
        unitPriceRounding: project.pricing.unitPriceRounding,
      },
    },
    unpricedKode: analysis.unpricedKode,
    periksa: periksaOf(project),
  };
}

function pekerjaanView(p: LoadedPekerjaan, a: PekerjaanAnalysis): RekapPekerjaanView {
  return {
    id: p.id,
    kode: p.kode,
    uraian: p.uraian,
    satuan: p.satuan,
    volume: volumeText(a.volume),
    A: money(a.flat.A),
    B: money(a.flat.B),
    C: money(a.flat.C),
    L: money(a.flat.L),
    E: money(a.E),
    F: money(a.F),
    G: money(a.G),
    hargaSatuan: money(a.hargaSatuan),
    jumlah: money(a.jumlah),
  };
}

/** What GET …/rekap-rab (live or a version's) answers besides the tree and totals: what to warn about. */
export function rekapRabMeta({ rekap, unpricedKode, periksa }: RekapRabResult) {
  return { unpricedKode, periksa, unitPriceRounding: rekap.totals.unitPriceRounding };
}

/** The totals as the Rekap RAB prints them: what a comparison puts side by side. */
export function printedTotals(rekap: RekapRab): PrintedTotals {
  return {
    totalBiayaLangsung: money(rekap.totalBiayaLangsung),
    ppnPercent: percentText(rekap.ppnPercent),
    ppn: money(rekap.ppn),
    total: money(rekap.total),
    roundingBase: rekap.roundingBase,
    pembulatan: money(rekap.pembulatan),
  };
}
