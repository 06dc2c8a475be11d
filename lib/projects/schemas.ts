import { z } from "zod";
import { budgetInput, percentInput } from "@/lib/kernel/decimal";
import { EDIT_VERSION_RENAME, editVersionField, withEditVersion } from "@/lib/kernel/edit-version";
import { atLeastOneField, EMPTY_PATCH_MESSAGE, isoDateField, plainText, requiredText } from "@/lib/kernel/fields";
import { withRenamedFields } from "@/lib/kernel/renamed";
import { checkRanges, filterFields } from "./filters";
import { isRoundingBase, MAX_DURATION_DAYS, ROUNDING_BASES, UNIT_PRICE_ROUNDINGS } from "@/lib/calc";

const party = z.strictObject({ name: plainText(200), title: plainText(200) });

/** Signature parties on exported documents. */
export const partiesSchema = z.strictObject({
  owner: party.optional(),
  contractor: party.optional(),
  planningConsultant: party.optional(),
  supervisingConsultant: party.optional(),
});

const roundingBase = z
  .union([z.number(), z.string().regex(/^\d+$/).transform(Number)])
  .refine(isRoundingBase, `Basis pembulatan harus salah satu dari ${ROUNDING_BASES.join(", ")}.`);

/** The project's overhead & profit is capped at 15% by the national standard. */
export const OVERHEAD_MAX_PERCENT = 15;
/**
 * A per-pekerjaan override is not held to that cap: the engine's worked "domain example 2"
 * (lib/calc/analysis.test.ts) overrides one item to 20%. It is an explicit, audited exception to
 * the project rate.
 */
export const overheadOverrideInput = percentInput(100);

const pricingFields = {
  overheadProfitPercent: percentInput(OVERHEAD_MAX_PERCENT).optional(),
  ppnPercent: percentInput(100).optional(),
  roundingBase: roundingBase.optional(),
  unitPriceRounding: z
    .enum(UNIT_PRICE_ROUNDINGS, { error: `Pembulatan harga satuan harus salah satu dari ${UNIT_PRICE_ROUNDINGS.join(", ")}.` })
    .optional(),
};

/** A project name's bound, in characters (the form, the API and derived names such as " (impor)"). */
export const PROJECT_NAME_MAX = 200;

const projectFields = {
  name: requiredText(PROJECT_NAME_MAX),
  location: requiredText(200),
  client: requiredText(200),
  fundingSource: requiredText(200),
  startDate: isoDateField(),
  durationDays: z.int().min(1).max(MAX_DURATION_DAYS),
  fiscalYear: z.int().min(1900).max(2200).nullable().optional(),
  ownerBudget: budgetInput.nullable().optional(),
  description: plainText(5000).nullable().optional(),
  parties: partiesSchema.optional(),
  // 0 = Sunday … 6 = Saturday: the last day of each project week.
  weekEndDay: z.int().min(0).max(6).optional(),
};

export const createProjectBody = z.strictObject({ ...projectFields, ...pricingFields });
export type CreateProjectInput = z.infer<typeof createProjectBody>;

const updateProjectFields = z
  .strictObject({
    ...projectFields,
    name: projectFields.name.optional(),
    location: projectFields.location.optional(),
    client: projectFields.client.optional(),
    fundingSource: projectFields.fundingSource.optional(),
    startDate: projectFields.startDate.optional(),
    durationDays: projectFields.durationDays.optional(),
    editVersion: editVersionField,
    // New dates that leave jadwal entries outside the project answer 409 listing them,
    // unless this confirms dropping them (lib/jadwal/remap.ts).
    confirmJadwalDrop: z.boolean().optional(),
  })
  .refine(atLeastOneField, EMPTY_PATCH_MESSAGE);
export const updateProjectBody = withRenamedFields(
  { ...EDIT_VERSION_RENAME, confirmScheduleDrop: "confirmJadwalDrop" },
  updateProjectFields,
);
export type UpdateProjectInput = z.infer<typeof updateProjectBody>;

export const pricingBody = withEditVersion(pricingFields).refine(atLeastOneField, EMPTY_PATCH_MESSAGE);
export type PricingInput = z.infer<typeof pricingBody>;

export const PROJECT_SORT_FIELDS = ["name", "location", "client", "startDate", "createdAt", "updatedAt"] as const;
const sortValues = PROJECT_SORT_FIELDS.flatMap((f) => [f, `-${f}`] as const);

/** The dashboard's filters (./filters.ts), sorted and paged. */
export const listProjectsQuery = z
  .strictObject({
    ...filterFields,
    /** A field name, "-" in front for descending. */
    sort: z.enum(sortValues).default("-updatedAt"),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .superRefine(checkRanges);
export type ListProjectsQuery = z.infer<typeof listProjectsQuery>;

/** At most one page of the list (its largest page size): a selection the dashboard can show. */
export const MAX_BULK_PROJECTS = 100;

export const bulkProjectsBody = z.strictObject({
  action: z.enum(["archive", "restore"], { error: "Aksi harus archive atau restore." }),
  projectIds: z
    .array(z.uuid({ error: "Id proyek tidak valid." }))
    .min(1, "Pilih minimal satu proyek.")
    .max(MAX_BULK_PROJECTS, `Maksimal ${MAX_BULK_PROJECTS} proyek sekaligus.`)
    .refine((ids) => new Set(ids).size === ids.length, "Id proyek tidak boleh berulang."),
});
export type BulkProjectsInput = z.infer<typeof bulkProjectsBody>;
