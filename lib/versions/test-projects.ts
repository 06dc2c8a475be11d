/**
 * In-memory projects for the comparison's unit tests (not part of the public API): a plain
 * spec, easy to copy and edit, turned into a LoadedProject and analyzed by the real calc
 * engine, as calcProject does for a stored one.
 */
import { type Kategori, toDecimal, type UnitPriceRounding } from "@/lib/calc";
import { analyzeLoaded } from "@/lib/rekap/analysis";
import type { CalcProject } from "@/lib/rekap/cache";
import type { LoadedHargaItem, LoadedKlasifikasi, LoadedPekerjaan, LoadedProject } from "@/lib/rekap/load";

export interface LineSpec {
  kategori: Kategori;
  kode: string;
  koefisien: string;
  /** A bundle line: koefisien units of this pekerjaan. */
  bundle?: string;
}

export interface PekerjaanSpec {
  id: string;
  kode: string | null;
  uraian: string;
  satuan: string;
  volume: string;
  buk: string | null;
  lines: LineSpec[];
}

export interface ProjectSpec {
  pricing: { overheadProfitPercent: string; ppnPercent: string; roundingBase: number; unitPriceRounding: UnitPriceRounding };
  /** harga by kode; the kategori comes from the lines. */
  harga: Record<string, string>;
  klasifikasi: { id: string; name: string; sub: { id: string; name: string; pekerjaan: PekerjaanSpec[] }[] }[];
}

export function pekerjaanSpec(id: string, volume: string, lines: LineSpec[], extra: Partial<PekerjaanSpec> = {}): PekerjaanSpec {
  return { id, kode: id.toUpperCase(), uraian: `Pekerjaan ${id}`, satuan: "m3", volume, buk: null, lines, ...extra };
}

export function calcOf(spec: ProjectSpec): CalcProject {
  const pekerjaan = new Map<string, LoadedPekerjaan>();
  const hargaItems = new Map<string, LoadedHargaItem>();
  const klasifikasi: LoadedKlasifikasi[] = spec.klasifikasi.map((k, ki) => ({
    id: k.id,
    name: k.name,
    position: ki,
    subKlasifikasi: k.sub.map((s, si) => ({
      id: s.id,
      name: s.name,
      position: si,
      pekerjaan: s.pekerjaan.map((p, pi) => {
        const loaded: LoadedPekerjaan = {
          id: p.id,
          subKlasifikasiId: s.id,
          position: pi,
          source: "custom",
          kode: p.kode,
          uraian: p.uraian,
          satuan: p.satuan,
          volume: p.volume,
          volumeFormula: null,
          overheadProfitPercent: p.buk,
          editVersion: 1,
          lineCount: p.lines.length,
          takeoff: [],
          lines: p.lines.map((l) => ({
            kategori: l.kategori,
            kode: l.kode,
            koefisien: toDecimal(l.koefisien),
            bundlePekerjaanId: l.bundle ?? null,
          })),
        };
        pekerjaan.set(p.id, loaded);
        for (const l of p.lines) {
          const harga = l.bundle ? "0" : (spec.harga[l.kode] ?? "0");
          hargaItems.set(l.kode, {
            id: `h-${l.kode}`,
            kategori: l.kategori,
            kode: l.kode,
            uraian: `Sumber daya ${l.kode}`,
            satuan: "unit",
            harga,
          });
        }
        return loaded;
      }),
    })),
  }));
  const project: LoadedProject = { contentRevision: 1, pricing: spec.pricing, klasifikasi, pekerjaan, hargaItems };
  return { project, analysis: analyzeLoaded(project) };
}
