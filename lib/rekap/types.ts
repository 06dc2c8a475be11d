/**
 * The rekap pages' view types: what lib/rekap serves and client components render. Kept
 * apart from the services so a component imports no server module, not even for a type.
 */
import type { Kategori, UnitPriceRounding } from "@/lib/calc";
import type { PlausibleField } from "@/lib/format/plausible";
import type { PekerjaanSource } from "@/lib/generated/prisma/enums";

import type { TakeoffRowView } from "@/lib/pekerjaan/takeoff";

export interface TreePekerjaanView {
  id: string;
  kode: string | null;
  uraian: string;
  satuan: string;
  source: PekerjaanSource;
  volume: string;
  volumeFormula: string | null;
  overheadProfitPercent: string | null;
  editVersion: number;
  lineCount: number;
  /** The back-up volume rows that add up to `volume`; empty for a plain value or formula. */
  takeoff: TakeoffRowView[];
}

export interface ProjectTreeView {
  klasifikasi: {
    id: string;
    name: string;
    position: number;
    subKlasifikasi: { id: string; name: string; position: number; pekerjaan: TreePekerjaanView[] }[];
  }[];
}

export interface RekapPekerjaanView {
  id: string;
  kode: string | null;
  uraian: string;
  satuan: string;
  volume: string;
  A: string;
  B: string;
  C: string;
  L: string;
  E: string;
  F: string;
  /** E + F. */
  G: string;
  /** G rounded by the project's unit-price rounding: the printed unit price. */
  hargaSatuan: string;
  /** hargaSatuan × volume, to the sen. */
  jumlah: string;
}

/** The Rekap RAB's totals as the document prints them (money 2 dp, percent 2 dp). */
export interface PrintedTotals {
  totalBiayaLangsung: string;
  ppnPercent: string;
  ppn: string;
  total: string;
  roundingBase: number;
  pembulatan: string;
}

export interface RekapRabView {
  klasifikasi: {
    id: string;
    name: string;
    jumlah: string;
    subKlasifikasi: { id: string; name: string; jumlah: string; pekerjaan: RekapPekerjaanView[] }[];
  }[];
  totals: PrintedTotals & {
    terbilang: string;
    unitPriceRounding: UnitPriceRounding;
  };
}

export interface RekapRabResult {
  rekap: RekapRabView;
  /** Kode still at harga 0: the UI should warn that the budget is incomplete. */
  unpricedKode: readonly string[];
  /** Values allowed but rarely meant, to check before signing. */
  periksa: PeriksaItem[];
}

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
  A: string;
  B: string;
  C: string;
  L: string;
  E: string;
  overheadProfitPercent: string;
  F: string;
  G: string;
  /** G rounded by the project's unit-price rounding. */
  hargaSatuan: string;
  unitPriceRounding: UnitPriceRounding;
  /** hargaSatuan × volume, to the sen. */
  jumlah: string;
}

export interface RekapKebutuhanView {
  items: {
    kategori: Kategori;
    kode: string;
    uraian: string;
    satuan: string;
    quantity: string;
    harga: string;
    jumlah: string;
  }[];
  totals: Record<Kategori, string> & { total: string };
}

export interface PeriksaItem {
  field: PlausibleField;
  /** The pekerjaan whose volume or line it is; null for a harga item. */
  pekerjaanId: string | null;
  /** The pekerjaan's uraian, or the resource's kode and uraian. */
  label: string;
  /** The API's decimal string. */
  value: string;
  note: string;
}

/** What a pekerjaan picker needs of the tree, and no more (a 2,000-item project ships it whole). */
export interface PickerGroup {
  id: string;
  label: string;
  pekerjaan: { id: string; kode: string | null; uraian: string; satuan: string }[];
}
