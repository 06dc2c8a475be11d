/**
 * The dashboard's filters (README "Dasbor proyek"), one schema and one query condition for the
 * list (GET /projects), its statistics (GET /projects/stats) and its XLSX (GET /projects/export),
 * so the three always describe the same projects. Every filter is optional; they combine with AND.
 */
import { z } from "zod";
import type { Decimal } from "@/lib/calc";
import { budgetInput } from "@/lib/kernel/decimal";
import { isoDateField, plainText } from "@/lib/kernel/fields";
import { PROJECT_ROLES } from "./roles";
import { PROJECT_STATUSES } from "./status";

const booleanText = z
  .enum(["true", "false"], { error: "Harus true atau false." })
  .default("false")
  .transform((v) => v === "true");

export const filterFields = {
  /** Searched in name, location and client. */
  q: plainText(200).optional(),
  archived: booleanText,
  /** Only the projects where the caller has this role; without it, owned and shared ones. */
  role: z.enum(PROJECT_ROLES, { error: "Peran harus owner, editor atau viewer." }).optional(),
  /** Tahun anggaran (fiscalYear). */
  year: z.coerce.number({ error: "Tahun harus berupa angka." }).int("Tahun harus bilangan bulat.").min(1900).max(2200).optional(),
  /** Sumber dana, the whole text (case does not matter). */
  fundingSource: plainText(200).optional(),
  status: z.enum(PROJECT_STATUSES, { error: `Status harus salah satu dari ${PROJECT_STATUSES.join(", ")}.` }).optional(),
  /** Pagu anggaran (ownerBudget) bounds, inclusive: a project without a pagu is left out when either is set. */
  budgetMin: budgetInput.optional(),
  budgetMax: budgetInput.optional(),
  /** The project's calendar (start to last day) overlaps this inclusive range of days. */
  from: isoDateField().optional(),
  to: isoDateField().optional(),
};

/** Ranges given the wrong way round are a 400 naming the upper bound, not an empty list. */
export function checkRanges(f: { budgetMin?: Decimal; budgetMax?: Decimal; from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if (f.budgetMin && f.budgetMax && f.budgetMin.gt(f.budgetMax)) {
    ctx.addIssue({ code: "custom", path: ["budgetMax"], message: "Pagu maksimum harus ≥ pagu minimum." });
  }
  if (f.from && f.to && f.from > f.to) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "Tanggal akhir harus sama atau setelah tanggal awal." });
  }
}

export const projectFiltersQuery = z.strictObject(filterFields).superRefine(checkRanges);
export type ProjectFilters = z.output<typeof projectFiltersQuery>;

/** The names of the filter parameters, for the pages that carry them in their URL. */
export const FILTER_PARAMS = Object.keys(filterFields) as (keyof typeof filterFields)[];
