/**
 * The view types this domain serves and client components render, apart from the services so a
 * component imports no server module, not even for a type.
 */
import type { UnitPriceRounding } from "@/lib/calc/rounding";
import type { ProjectRole } from "./roles";

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
  /** D + PPN, 2 dp. */
  total: string;
  pembulatan: string;
}

export interface ProjectListPage {
  items: ProjectListItem[];
  meta: { page: number; pageSize: number; totalItems: number; totalPages: number; sort: string };
}
