/**
 * The comparison grid's filters: which rows it shows (all, only changed, only added or
 * removed) and which klasifikasi. Subtotals stay the node's own (every row of it), as printed.
 */
import type { CompareChange, CompareKlasifikasi, CompareRow, CompareStatus } from "@/lib/versions/types";

export type CompareShow = "all" | "changed" | "addedRemoved";

export interface CompareFilter {
  show: CompareShow;
  /** "" for every klasifikasi. */
  klasifikasiId: string;
}

export const SHOW_LABELS: Record<CompareShow, string> = {
  all: "Semua pekerjaan",
  changed: "Hanya yang berubah",
  addedRemoved: "Hanya yang baru atau dihapus",
};

export const STATUS_LABELS: Record<CompareStatus, string> = {
  added: "Baru",
  removed: "Dihapus",
  changed: "Berubah",
  unchanged: "Tetap",
};

export const CHANGE_LABELS: Record<CompareChange, string> = {
  volume: "volume",
  harga: "harga",
  lines: "analisa",
  buk: "BUK",
  uraian: "uraian",
  kode: "kode",
  satuan: "satuan",
  moved: "dipindah",
};

/** A row with the `id` the tree grid keys rows by. */
export type GridRow = CompareRow & { id: string };
export type GridSub = Omit<CompareKlasifikasi["subKlasifikasi"][number], "pekerjaan"> & { pekerjaan: GridRow[] };
export type GridKlasifikasi = Omit<CompareKlasifikasi, "subKlasifikasi"> & { subKlasifikasi: GridSub[] };

const SHOWS: Record<CompareShow, (status: CompareStatus) => boolean> = {
  all: () => true,
  changed: (status) => status !== "unchanged",
  addedRemoved: (status) => status === "added" || status === "removed",
};

/** The tree the grid shows; a filter on rows leaves out the groups it empties. */
export function filterComparison(klasifikasi: readonly CompareKlasifikasi[], filter: CompareFilter): GridKlasifikasi[] {
  const keep = SHOWS[filter.show];
  const pruning = filter.show !== "all";
  return klasifikasi
    .filter((k) => !filter.klasifikasiId || k.id === filter.klasifikasiId)
    .map((k) => ({
      ...k,
      subKlasifikasi: k.subKlasifikasi
        .map((s) => ({ ...s, pekerjaan: s.pekerjaan.filter((p) => keep(p.status)).map((p) => ({ ...p, id: p.pekerjaanId })) }))
        .filter((s) => !pruning || s.pekerjaan.length > 0),
    }))
    .filter((k) => !pruning || k.subKlasifikasi.length > 0);
}

/** "volume, harga, dipindah": what changed in a row, in the API's order. */
export function changesText(changes: readonly CompareChange[]): string {
  return changes.map((change) => CHANGE_LABELS[change]).join(", ");
}
