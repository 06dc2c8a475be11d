/**
 * The view types this domain serves and client components render, apart from the services so a
 * component imports no server module, not even for a type.
 */
import type { ImportFormat } from "@/lib/ahsp/types";
import type { Kategori } from "@/lib/generated/prisma/enums";

export interface HargaItemView extends HargaItemFields {
  /** How many pekerjaan use this resource on a line. */
  usedBy: number;
  /**
   * Only bundle lines use it: they are costed from the bundled pekerjaan, so this price is
   * never used and the item is not "unpriced".
   */
  bundleOnly: boolean;
  /** The row's version: a grid save sends it back, and a stale one is a 409 (README "Perubahan bersamaan"). */
  editVersion: number;
}

export interface HargaImportApplied {
  /** The project's contentRevision after the write. */
  contentRevision: number;
  counts: HargaImportCounts;
  applied: { updated: number; unchanged: number; skipped: number };
  items: AppliedPrice[];
}

export interface HargaImportPreview {
  /** Send back with mode=apply. */
  token: string;
  contentRevision: number;
  format: ImportFormat;
  sheetName?: string;
  counts: HargaImportCounts;
  matched: MatchedRow[];
  ambiguous: AmbiguousRow[];
  /** At most LISTED_ROWS_LIMIT each; see counts. */
  unmatched: SourceRow[];
  invalid: InvalidHargaRow[];
}

/** A project's harga item as the matcher sees it; harga is a money string ("90000.00"). */
export interface MatchTarget {
  id: string;
  kode: string;
  uraian: string;
  satuan: string;
  harga: string;
}

export interface SourceRow {
  row: number;
  kode: string;
  uraian: string;
  spesifikasi: string;
  satuan: string;
  /** The file's price as a money string. */
  newHarga: string;
  /** The file's exact price, when newHarga is it rounded half-up to the sen. */
  roundedFrom?: string;
}

export interface AmbiguousRow extends SourceRow {
  /** several-items: one row, several items; several-rows: rows with different prices, one item. */
  reason: "several-items" | "several-rows";
  candidates: MatchTarget[];
}

/** One resource of the price list; harga as a decimal string. */
export interface HargaItemFields {
  id: string;
  kategori: Kategori;
  kode: string;
  uraian: string;
  satuan: string;
  harga: string;
}

export interface HargaImportCounts {
  rows: number;
  matched: number;
  /** Matched rows whose price differs from the project's. */
  changed: number;
  ambiguous: number;
  unmatched: number;
  invalid: number;
}

export interface AppliedPrice {
  hargaItemId: string;
  kode: string;
  uraian: string;
  satuan: string;
  oldHarga: string;
  newHarga: string;
  rows: number[];
}

export interface MatchedRow extends SourceRow {
  hargaItem: MatchTarget;
  by: "kode" | "uraian";
  oldHarga: string;
  changed: boolean;
  /** Matched by kode though the file names another unit: a price per zak is not one per kg. */
  unitDiffers: boolean;
}

export interface InvalidHargaRow {
  row: number;
  reasons: string[];
  kode: string;
  uraian: string;
  satuan: string;
  /** The harga cell as found. */
  harga: string;
}
