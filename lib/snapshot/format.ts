/**
 * The project snapshot: one versioned, id-free document of everything a user made in a
 * project. Copy, backup/restore and templates all go through it, so there is one way to read a
 * project out and one way to write it back.
 *
 * - No database id appears in it. Pekerjaan carry a snapshot-local `key`; bundle lines and
 *   jadwal entries name pekerjaan by that key; lines name their resource by kode (a kode is
 *   unique in a project's price list). Writing a snapshot generates every id afresh.
 * - A library (AHSP) origin is kept as (edition name, item kode), re-resolved on write; the
 *   analysis lines themselves are copied data, so a missing library item loses nothing.
 * - Decimals are exact strings ("12.5"), never JSON numbers.
 * - kind "project" is a whole project; kind "template" is only the tree, the analyses and the
 *   back-up volume rows, with the parameters those rows name: no project fields, prices,
 *   volumes, other parameters or jadwal.
 * - A pekerjaan's `takeoff` rows (back-up volume, lib/pekerjaan/takeoff.ts) are recomputed from
 *   the parameters whenever a snapshot is written, like a formula's volume.
 * - Every array is bounded by the project size ceiling (lib/projects/limits.ts), each on its
 *   own and, for the nested ones, in total (./counts.ts, checked before this schema runs).
 */
import { z } from "zod";
import { isoDateField } from "@/lib/kernel/fields";
import {
  budgetInput,
  decimalInput,
  hargaInput,
  koefisienInput,
  parameterValueInput,
  percentInput,
  toDbDecimal,
  volumeInput,
} from "@/lib/kernel/decimal";
import {
  DEFAULT_UNIT_PRICE_ROUNDING,
  isRoundingBase,
  isValidParameterName,
  MAX_DURATION_DAYS,
  MAX_FORMULA_LENGTH,
  normalizeParameterName,
  UNIT_PRICE_ROUNDINGS,
} from "@/lib/calc";
import { kategoriSchema } from "@/lib/harga-items/schemas";
import { MAX_LINES } from "@/lib/pekerjaan/schemas";
import { MAX_TAKEOFF_ROWS, MAX_TAKEOFF_URAIAN } from "@/lib/pekerjaan/takeoff";
import { limitSentence, PROJECT_LIMITS } from "@/lib/projects/limits";
import { OVERHEAD_MAX_PERCENT, overheadOverrideInput, partiesSchema } from "@/lib/projects/schemas";

export const SNAPSHOT_FORMAT = "rab-ahsp.project-snapshot";
/**
 * Version 2 renamed `schedule` to `jadwal` (issue 15); version 3 added each pekerjaan's `takeoff`
 * and a template's `parameters` (issue 18). ./upgrade.ts still reads versions 1 and 2.
 */
export const SNAPSHOT_VERSION = 3;

/** An array of at most the project's bound for `kind`. */
const bounded = <T extends z.ZodType>(item: T, kind: keyof typeof PROJECT_LIMITS) =>
  z.array(item).max(PROJECT_LIMITS[kind], limitSentence(kind));

/** A decimal field as its exact text, with the same bounds as the API's inputs for its column. */
const exact = (schema: ReturnType<typeof decimalInput>) => schema.transform(toDbDecimal);
/**
 * Text as stored, untrimmed (a copy keeps every character); bounds stay generous enough for
 * anything the app or the library import wrote.
 */
const text = (max: number) => z.string().max(max, `Maksimal ${max} karakter.`);
const nonEmpty = (max: number) => text(max).min(1, "Wajib diisi.");
const key = nonEmpty(50);

const sourceSchema = z.enum(["custom", "ref", "ref_modified"]);

const lineSchema = z.strictObject({
  /** The resource: a kode of `hargaItems`. */
  kode: nonEmpty(100),
  koefisien: exact(koefisienInput),
  /** A bundle line stands for `koefisien` units of the pekerjaan with this key. */
  bundle: key.nullable(),
});

/** A back-up volume row; its result is the file's, recomputed on every write (./validate.ts). */
const takeoffRowSchema = z.strictObject({
  uraian: text(MAX_TAKEOFF_URAIAN),
  formula: nonEmpty(MAX_FORMULA_LENGTH),
  result: exact(decimalInput({ dp: 3, below: 1e15 })),
});

const pekerjaanFields = {
  /** Snapshot-local name of the pekerjaan, unique in the snapshot. */
  key,
  source: sourceSchema,
  /** The library item it was taken from, when it still existed at snapshot time. */
  ahsp: z.strictObject({ edition: nonEmpty(500), kode: nonEmpty(100) }).nullable(),
  /** The edition name recorded on the pekerjaan (kept even when the item is gone). */
  ahspEdition: text(500).nullable(),
  kode: text(100).nullable(),
  uraian: nonEmpty(2000),
  satuan: text(100),
  overheadProfitPercent: exact(overheadOverrideInput).nullable(),
  lines: z.array(lineSchema).max(MAX_LINES, `Maksimal ${MAX_LINES} baris.`),
  takeoff: z.array(takeoffRowSchema).max(MAX_TAKEOFF_ROWS, `Maksimal ${MAX_TAKEOFF_ROWS} baris back-up volume.`),
};

const projectPekerjaan = z.strictObject({
  ...pekerjaanFields,
  volume: exact(volumeInput),
  volumeFormula: nonEmpty(MAX_FORMULA_LENGTH).nullable(),
});
const templatePekerjaan = z.strictObject(pekerjaanFields);

const hargaFields = { kategori: kategoriSchema, kode: nonEmpty(100), uraian: text(2000), satuan: text(100) };

function treeSchema<P extends z.ZodType>(pekerjaan: P) {
  return bounded(
    z.strictObject({
      name: nonEmpty(500),
      subKlasifikasi: bounded(z.strictObject({ name: nonEmpty(500), pekerjaan: bounded(pekerjaan, "pekerjaan") }), "subKlasifikasi"),
    }),
    "klasifikasi",
  );
}

const roundingBase = z.int().refine(isRoundingBase, "Basis pembulatan tidak dikenal.");

const projectFieldsSchema = z.strictObject({
  name: nonEmpty(200),
  location: nonEmpty(200),
  client: nonEmpty(200),
  fundingSource: nonEmpty(200),
  fiscalYear: z.int().min(1900).max(2200).nullable(),
  ownerBudget: exact(budgetInput).nullable(),
  description: text(5000).nullable(),
  parties: partiesSchema,
  startDate: isoDateField(),
  durationDays: z.int().min(1).max(MAX_DURATION_DAYS),
  weekEndDay: z.int().min(0).max(6),
  overheadProfitPercent: exact(percentInput(OVERHEAD_MAX_PERCENT)),
  ppnPercent: exact(percentInput(100)),
  roundingBase,
  // Backups written before the setting existed were computed to the sen.
  unitPriceRounding: z.enum(UNIT_PRICE_ROUNDINGS).default(DEFAULT_UNIT_PRICE_ROUNDING),
});

const parameterSchema = z.strictObject({
  name: z.string().refine(isValidParameterName, "Nama parameter tidak valid.").transform(normalizeParameterName),
  value: exact(parameterValueInput),
});

const percent = exact(percentInput(100)).nullable();
const jadwalEntrySchema = z.strictObject({
  pekerjaan: key,
  week: z.int().min(1),
  planned: percent,
  actual: percent,
  actualCost: exact(hargaInput).nullable(),
  note: text(500).nullable(),
});

const header = {
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  /** When the snapshot was taken (information only). */
  createdAt: z.iso.datetime().optional(),
};

export const projectSnapshotSchema = z.strictObject({
  ...header,
  kind: z.literal("project"),
  project: projectFieldsSchema,
  parameters: bounded(parameterSchema, "parameters"),
  hargaItems: bounded(z.strictObject({ ...hargaFields, harga: exact(hargaInput) }), "hargaItems"),
  klasifikasi: treeSchema(projectPekerjaan),
  jadwal: bounded(jadwalEntrySchema, "jadwalEntries"),
});

export const templateSnapshotSchema = z.strictObject({
  ...header,
  kind: z.literal("template"),
  /** The parameters the back-up volume rows name, with their values when the template was saved. */
  parameters: bounded(parameterSchema, "parameters"),
  hargaItems: bounded(z.strictObject(hargaFields), "hargaItems"),
  klasifikasi: treeSchema(templatePekerjaan),
});

export type ProjectSnapshot = z.output<typeof projectSnapshotSchema>;
export type TemplateSnapshot = z.output<typeof templateSnapshotSchema>;
export type Snapshot = ProjectSnapshot | TemplateSnapshot;
export type SnapshotProjectFields = ProjectSnapshot["project"];

export type SnapshotTakeoffRow = z.output<typeof takeoffRowSchema>;

/** A pekerjaan of either kind: volumes exist only in project snapshots. */
export type SnapshotPekerjaan = z.output<typeof templatePekerjaan> &
  Partial<Pick<z.output<typeof projectPekerjaan>, "volume" | "volumeFormula">>;
export interface SnapshotKlasifikasi {
  name: string;
  subKlasifikasi: { name: string; pekerjaan: SnapshotPekerjaan[] }[];
}

/** Every pekerjaan in tree order, with the path of its place in the document. */
export function pekerjaanOf(snapshot: { klasifikasi: readonly SnapshotKlasifikasi[] }): { pekerjaan: SnapshotPekerjaan; path: string }[] {
  return snapshot.klasifikasi.flatMap((k, ki) =>
    k.subKlasifikasi.flatMap((s, si) =>
      s.pekerjaan.map((pekerjaan, pi) => ({ pekerjaan, path: `klasifikasi.${ki}.subKlasifikasi.${si}.pekerjaan.${pi}` })),
    ),
  );
}
