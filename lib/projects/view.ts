import type { Project } from "@/lib/generated/prisma/client";
import { money, percentText } from "@/lib/api/decimal";
import type { UnitPriceRounding } from "@/lib/calc";

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
  version: number;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export function toPricingView(
  p: Pick<Project, "overheadProfitPercent" | "ppnPercent" | "roundingBase" | "unitPriceRounding">,
): PricingView {
  return {
    overheadProfitPercent: percentText(p.overheadProfitPercent),
    ppnPercent: percentText(p.ppnPercent),
    roundingBase: p.roundingBase,
    // The column's CHECK constraint admits only these values.
    unitPriceRounding: p.unitPriceRounding as UnitPriceRounding,
  };
}

export function toProjectView(p: Project): ProjectView {
  return {
    id: p.id,
    name: p.name,
    location: p.location,
    client: p.client,
    fundingSource: p.fundingSource,
    fiscalYear: p.fiscalYear,
    ownerBudget: p.ownerBudget === null ? null : money(p.ownerBudget),
    description: p.description,
    parties: p.parties,
    startDate: isoDate(p.startDate),
    durationDays: p.durationDays,
    weekEndDay: p.weekEndDay,
    ...toPricingView(p),
    version: p.version,
    archivedAt: p.archivedAt,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

/** A DATE column comes back as UTC midnight. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function fromIsoDate(s: string): Date {
  return new Date(`${s}T00:00:00Z`);
}
