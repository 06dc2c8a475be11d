/**
 * The view types this domain serves and client components render, apart from the services so a
 * component imports no server module, not even for a type.
 */
import type { EditionWriteOutcome } from "./edition-write";
import type { WarningGroup } from "./report-summary";
import type { MatchKind } from "./search";
import type { AhspImportCounts, AhspLine, DecimalStyle, ImportFormat, RejectedRow } from "@/lib/ahsp/types";

export interface SearchHit {
  id: string;
  kode: string;
  uraian: string;
  satuan: string;
  lineCount: number;
  edition: { id: string; name: string };
  match: MatchKind;
}

export interface ItemRef {
  id: string;
  kode: string;
  uraian: string;
  satuan: string;
}

/** A stored line: the parsed line's fields, with the bundled item (if any) resolved to its id. */
export interface AhspItemLine extends Omit<AhspLine, "nestedKode"> {
  /** The item of the same edition this LAIN line bundles, when it names one. */
  nestedItem: ItemRef | null;
}

export interface AhspItemDetail extends ItemRef {
  citation: string | null;
  klasifikasi: string | null;
  subKlasifikasi: string | null;
  lineCount: number;
  edition: { id: string; name: string; citation: string | null };
  lines: AhspItemLine[];
  /** Items whose LAIN lines bundle this one. */
  nestedIn: ItemRef[];
}

export interface ImportPreview {
  format: ImportFormat;
  contentHash: string;
  report: ReportSummary;
  edition: {
    name: string;
    exists: boolean;
    /** The edition already holds exactly this content: importing changes nothing. */
    unchanged: boolean;
    itemCount: number;
    lineCount: number;
  };
}

export interface ReportSummary {
  counts: AhspImportCounts;
  decimalStyle: DecimalStyle;
  sheetName?: string;
  /** The first REJECTED_ROWS_SHOWN rejected rows; counts.rejectedRows has the total. */
  rejected: RejectedRow[];
  skippedKodes: string[];
  warnings: WarningGroup[];
}

export interface UploadResult {
  preview: ImportPreview;
  /** null for a dry run. */
  outcome: EditionWriteOutcome | null;
}

/** A kode of a pasted list and the library item it names. */
export interface ResolvedKode {
  /** As the library spells it (the list may differ in case). */
  kode: string;
  ahspId: string;
  uraian: string;
  satuan: string;
  lineCount: number;
  edition: { id: string; name: string };
}

/** POST /api/v1/ahsp/resolve: each distinct kode found or unknown, in the order sent. */
export interface KodeResolution {
  found: ResolvedKode[];
  unknown: string[];
}
