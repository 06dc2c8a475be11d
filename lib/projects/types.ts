/**
 * The view types this domain serves and client components render, apart from the services so a
 * component imports no server module, not even for a type.
 */
import type { UnitPriceRounding } from "@/lib/calc/rounding";
import type { ProjectRole } from "./roles";
import type { ProjectStatus } from "./status";
import type { UploadRow } from "./upload-file";

export interface PricingView {
  overheadProfitPercent: string;
  ppnPercent: string;
  roundingBase: number;
  /** Step of the printed harga satuan: "0.01" (the sen), "1", "10" or "100". */
  unitPriceRounding: UnitPriceRounding;
}

export interface ProjectView extends PricingView {
  id: string;
  name: string;
  location: string;
  client: string;
  fundingSource: string;
  fiscalYear: number | null;
  ownerBudget: string | null;
  description: string | null;
  parties: unknown;
  startDate: string;
  durationDays: number;
  weekEndDay: number;
  /** Send it back with a change: a stale one is a 409. */
  editVersion: number;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ProjectListItem extends ProjectView {
  /** The caller's role on the project. */
  role: ProjectRole;
  /** From the dates, today in WIB (lib/projects/status.ts). */
  status: ProjectStatus;
  /** D + PPN, 2 dp. */
  total: string;
  pembulatan: string;
}

export interface ProjectListPage {
  items: ProjectListItem[];
  meta: { page: number; pageSize: number; totalItems: number; totalPages: number; sort: string };
}

export interface StatsGroup {
  count: number;
  /** Σ Rekap RAB total (D + PPN), 2 dp. */
  totalBudget: string;
}

/** GET /projects/stats. */
export interface ProjectStats extends StatsGroup {
  byYear: (StatsGroup & { year: number | null })[];
  byFundingSource: (StatsGroup & { fundingSource: string })[];
  byStatus: (StatsGroup & { status: ProjectStatus })[];
  /** The WIB day the statuses were judged on, "YYYY-MM-DD". */
  today: string;
}

/** POST /projects/upload, mode preview: nothing written. */
export interface ProjectUploadPreview {
  /** Send it back with mode commit and the same file. */
  token: string;
  format: "csv" | "xlsx";
  counts: { rows: number; valid: number; invalid: number };
  rows: UploadRow[];
}

/** POST /projects/upload, mode commit: the projects of the valid rows, in file order. */
export interface ProjectUploadCommitted {
  created: { row: number; id: string; name: string }[];
  /** The invalid rows' numbers: nothing was made of them. */
  skippedRows: number[];
}

/** A running project's cumulative progress, % 2 dp (lib/projects/progress.ts). */
export interface ProjectProgress {
  id: string;
  name: string;
  planned: string;
  actual: string;
}
