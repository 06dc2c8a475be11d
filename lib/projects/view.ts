import type { Project } from "@/lib/generated/prisma/client";
import { money, percentText } from "@/lib/kernel/decimal";
import { withOldName } from "@/lib/kernel/renamed";
import type { UnitPriceRounding } from "@/lib/calc";
import type { PricingView, ProjectView } from "./types";

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

/** The project as the API answers it: for one release also under the old name `version`. */
export function toProjectView(p: Project): ProjectView {
  return withOldName(projectFieldsView(p), "editVersion", "version");
}

/** The same without the old name, for what is kept rather than answered (snapshots). */
export function projectFieldsView(p: Project): ProjectView {
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
    editVersion: p.editVersion,
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
