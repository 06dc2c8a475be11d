/**
 * The view types this domain serves and client components render, apart from the services so a
 * component imports no server module, not even for a type.
 */
import type { Kategori, PekerjaanSource } from "@/lib/generated/prisma/enums";
import type { TakeoffRowView } from "./takeoff";

export type { TakeoffRowView };

export interface LineView {
  kategori: Kategori;
  kode: string;
  uraian: string;
  satuan: string;
  koefisien: string;
  bundlePekerjaanId: string | null;
}

export interface PekerjaanDetail extends PekerjaanFields {
  ahspItemId: string | null;
  ahspEdition: string | null;
  lines: LineView[];
}

export interface VolumeView {
  id: string;
  volume: string;
  volumeFormula: string | null;
  /** The back-up volume rows whose results add up to `volume`; empty for a plain value or formula. */
  takeoff: TakeoffRowView[];
  /** The pekerjaan's editVersion: the Volume grid sends it back with a save. */
  editVersion: number;
}

/** A volume a parameter change re-evaluated, with the pekerjaan's editVersion after it. */
export type ReevaluatedVolume = Omit<VolumeView, "volumeFormula">;

/** A pekerjaan's own columns as the API shows them: decimals as fixed-point strings. */
export interface PekerjaanFields {
  id: string;
  subKlasifikasiId: string;
  position: number;
  source: PekerjaanSource;
  kode: string | null;
  uraian: string;
  satuan: string;
  volume: string;
  volumeFormula: string | null;
  /** The per-pekerjaan BUK override, or null for the project rate. */
  overheadProfitPercent: string | null;
  /** The lines editor sends it back with a save: a stale one is a 409. */
  editVersion: number;
}
