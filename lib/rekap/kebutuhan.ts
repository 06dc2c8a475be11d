/**
 * Rekap Kebutuhan: resource quantities and costs grouped by (kategori, kode), for the whole
 * project or one klasifikasi, from the calc engine's rekapKebutuhan (bundles resolved into
 * their own resources, koefisien multiplied down the chain), over the analyzed project.
 * Quantities show 3 dp, money 2 dp. `totals` are per kategori for the selected scope; a
 * kategori filter only narrows `items` (its total stays readable in `totals`).
 */
import { money, volumeText } from "@/lib/kernel/decimal";
import { type Kategori, rekapKebutuhan } from "@/lib/calc";
import { notFound } from "@/lib/projects/not-found";
import { type CalcProject, calcProject } from "./cache";
import type { LoadedProject } from "./load";
import type { RekapKebutuhanView } from "./types";

export interface KebutuhanFilter {
  kategori?: Kategori;
  klasifikasiId?: string;
}

/** `knownContentRevision`: see calcProject. */
export async function getRekapKebutuhan(
  projectId: string,
  filter: KebutuhanFilter = {},
  knownContentRevision?: number,
): Promise<RekapKebutuhanView> {
  return buildRekapKebutuhan(await calcProject(projectId, knownContentRevision), filter);
}

export function buildRekapKebutuhan({ project, analysis }: CalcProject, filter: KebutuhanFilter): RekapKebutuhanView {
  const rekap = rekapKebutuhan(analysis, { pekerjaanIds: scope(project, filter.klasifikasiId) });
  return {
    items: rekap.items
      .filter((item) => !filter.kategori || item.kategori === filter.kategori)
      .map((item) => {
        const resource = project.hargaItems.get(item.kode);
        return {
          kategori: item.kategori,
          kode: item.kode,
          uraian: resource?.uraian ?? "",
          satuan: resource?.satuan ?? "",
          quantity: volumeText(item.quantity),
          harga: money(item.harga),
          jumlah: money(item.cost),
        };
      }),
    totals: {
      TK: money(rekap.totals.TK),
      BHN: money(rekap.totals.BHN),
      ALT: money(rekap.totals.ALT),
      LAIN: money(rekap.totals.LAIN),
      total: money(rekap.total),
    },
  };
}

/** Pekerjaan of one klasifikasi (404 if it is not this project's), or every pekerjaan. */
function scope(project: LoadedProject, klasifikasiId: string | undefined): string[] | undefined {
  if (klasifikasiId === undefined) return undefined;
  const klasifikasi = project.klasifikasi.find((k) => k.id === klasifikasiId);
  if (!klasifikasi) throw notFound("klasifikasi");
  return klasifikasi.subKlasifikasi.flatMap((s) => s.pekerjaan.map((p) => p.id));
}
