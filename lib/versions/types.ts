/**
 * The comparison of two priced states of a project (a version or the live estimate): what
 * lib/versions serves and client components render. Decimals are fixed-point strings: money
 * 2 dp, volume 3 dp, koefisien 6 dp, percent 2 dp.
 */
import type { PrintedTotals } from "@/lib/rekap/types";

export type CompareStatus = "added" | "removed" | "changed" | "unchanged";

/** What differs in a matched pekerjaan; "moved" is another sub-klasifikasi. */
export type CompareChange = "volume" | "harga" | "lines" | "buk" | "uraian" | "kode" | "satuan" | "moved";

/** A line of a changed pekerjaan whose koefisien or harga differs, or that exists on one side only (null there). */
export interface CompareLine {
  kategori: string;
  kode: string;
  uraian: string;
  koefisienBefore: string | null;
  koefisienAfter: string | null;
  hargaBefore: string | null;
  hargaAfter: string | null;
}

/** Sums of a node's rows: jumlah before and after (0 for a side without the row), tambah, kurang. */
export interface CompareSums {
  jumlahBefore: string;
  jumlahAfter: string;
  tambah: string;
  kurang: string;
}

/** One pekerjaan: "before" figures are null when added, "after" figures when removed. */
export interface CompareRow {
  /** The stable identity: the id the live project uses. */
  pekerjaanId: string;
  kode: string | null;
  uraian: string;
  satuan: string;
  status: CompareStatus;
  volumeBefore: string | null;
  volumeAfter: string | null;
  volumeDelta: string;
  hargaSatuanBefore: string | null;
  hargaSatuanAfter: string | null;
  hargaSatuanDelta: string;
  jumlahBefore: string | null;
  jumlahAfter: string | null;
  /** jumlahAfter − jumlahBefore, a missing side counting 0. */
  jumlahDelta: string;
  /** max(jumlahDelta, 0). */
  tambah: string;
  /** max(−jumlahDelta, 0). */
  kurang: string;
  changes: CompareChange[];
  /** Only on a changed pekerjaan whose lines changed. */
  lines?: CompareLine[];
}

export interface CompareSubKlasifikasi extends CompareSums {
  id: string;
  name: string;
  pekerjaan: CompareRow[];
}

export interface CompareKlasifikasi extends CompareSums {
  id: string;
  name: string;
  subKlasifikasi: CompareSubKlasifikasi[];
}

/** One side's Rekap RAB totals as printed. */
export type CompareSideTotals = PrintedTotals;

export interface CompareTotals {
  before: CompareSideTotals;
  after: CompareSideTotals;
  /** Σ tambah of the rows. */
  tambah: string;
  /** Σ kurang of the rows. */
  kurang: string;
  /** tambah − kurang = D after − D before. */
  net: string;
  /** net as a percentage of D before (2 dp); null when D before is 0. */
  netPercent: string | null;
  thresholdPercent: string;
  /** The net change is an increase of more than thresholdPercent of D before. */
  overThreshold: boolean;
}

export interface Comparison {
  klasifikasi: CompareKlasifikasi[];
  totals: CompareTotals;
}

/** "live" or a version id. */
export type CompareSideRef = string;

/** The live estimate, as pages and documents name it next to versions. */
export const LIVE_NAME = "Estimasi saat ini";

/** How a comparison names a side: the live estimate ("Estimasi saat ini"), or a version with its kind and date. */
export interface CompareSide {
  id: CompareSideRef;
  name: string;
  kind: VersionKind | null;
  createdAt: Date | null;
}

export interface ComparisonView extends Comparison {
  from: CompareSide;
  to: CompareSide;
}

/** Owner's estimate (HPS/OE), contract, addendum (CCO), anything else. */
export const VERSION_KINDS = ["oe", "kontrak", "addendum", "lainnya"] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export const VERSION_KIND_LABELS: Record<VersionKind, string> = {
  oe: "HPS/OE",
  kontrak: "Kontrak",
  addendum: "Addendum",
  lainnya: "Lainnya",
};

/** The Rekap RAB's printed totals when the version was taken, decimal strings. */
export interface VersionTotals {
  totalBiayaLangsung: string;
  ppn: string;
  total: string;
  pembulatan: string;
}

/** A version as every list and answer shows it: never its snapshot. */
export interface VersionView {
  id: string;
  name: string;
  kind: VersionKind;
  note: string | null;
  /** Taken by a restore, of the state it replaced. */
  automatic: boolean;
  createdAt: Date;
  /** Null once the account is gone. */
  createdBy: { id: string; name: string } | null;
  pekerjaanCount: number;
  totals: VersionTotals;
}
