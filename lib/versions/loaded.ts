/**
 * A version's snapshot as the calc engine's LoadedProject, in memory: the same analysis
 * (lib/rekap/analysis.ts) and report builders as the live project then give its reports, so a
 * version's Rekap RAB is computed exactly as the live one was. Pekerjaan ids are the snapshot's
 * keys, the live ids (lib/snapshot/read.ts, keys "ids"). Klasifikasi, sub-klasifikasi and harga
 * items have no id in a snapshot: they get synthetic UUIDs derived from their position, stable
 * for a version (a report's klasifikasi filter names one), and equal between versions for the
 * same position, which is no identity: comparisons match pekerjaan, never these.
 */
import type { CalcProject } from "@/lib/rekap/cache";
import { analyzeLoaded } from "@/lib/rekap/analysis";
import { decimalParser, type LoadedHargaItem, type LoadedKlasifikasi, type LoadedPekerjaan, type LoadedProject } from "@/lib/rekap/load";
import type { ProjectSnapshot } from "@/lib/snapshot/format";

/** What the calc reads of a snapshot: everything but the jadwal. */
export type PricedSnapshot = Omit<ProjectSnapshot, "jadwal">;

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");

/** A version-4-shaped UUID for node `index` of table `table` (1 klasifikasi, 2 sub, 3 harga item). */
export function syntheticId(table: 1 | 2 | 3, index: number, parent = 0): string {
  return `0000000${table}-${hex(parent, 4)}-4000-8000-${hex(index, 12)}`;
}

export function loadedFromSnapshot(snapshot: PricedSnapshot): LoadedProject {
  const decimal = decimalParser();
  const hargaItems = new Map<string, LoadedHargaItem>(snapshot.hargaItems.map((h, i) => [h.kode, { id: syntheticId(3, i), ...h }]));
  const klasifikasi: LoadedKlasifikasi[] = snapshot.klasifikasi.map((k, ki) => ({
    id: syntheticId(1, ki),
    name: k.name,
    position: ki,
    subKlasifikasi: k.subKlasifikasi.map((s, si) => {
      const subId = syntheticId(2, si, ki);
      return {
        id: subId,
        name: s.name,
        position: si,
        pekerjaan: s.pekerjaan.map((p, position): LoadedPekerjaan => ({
          id: p.key,
          subKlasifikasiId: subId,
          position,
          source: p.source,
          kode: p.kode,
          uraian: p.uraian,
          satuan: p.satuan,
          volume: p.volume ?? "0",
          volumeFormula: p.volumeFormula ?? null,
          overheadProfitPercent: p.overheadProfitPercent,
          // A version is never edited: no row version to compare with.
          editVersion: 0,
          lineCount: p.lines.length,
          takeoff: p.takeoff ?? [],
          lines: p.lines.map((l) => ({
            kategori: hargaItems.get(l.kode)!.kategori,
            kode: l.kode,
            koefisien: decimal(l.koefisien),
            bundlePekerjaanId: l.bundle,
          })),
        })),
      };
    }),
  }));
  // In the live load's order (position, then id), so the Periksa list comes out in the same order.
  const pekerjaan = klasifikasi
    .flatMap((k) => k.subKlasifikasi.flatMap((s) => s.pekerjaan))
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { overheadProfitPercent, ppnPercent, roundingBase, unitPriceRounding } = snapshot.project;
  return {
    // A version never changes: no revision to compare with.
    contentRevision: 0,
    pricing: { overheadProfitPercent, ppnPercent, roundingBase, unitPriceRounding },
    klasifikasi,
    pekerjaan: new Map(pekerjaan.map((p) => [p.id, p])),
    hargaItems,
  };
}

/** The snapshot analyzed by the calc engine: what calcVersion answers, and what a new version's Rekap RAB is built from. */
export function analyzeSnapshot(snapshot: PricedSnapshot): CalcProject {
  const project = loadedFromSnapshot(snapshot);
  return { project, analysis: analyzeLoaded(project) };
}
