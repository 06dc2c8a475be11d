/**
 * Loads a whole project for the calc engine in a FIXED number of SQL statements, whatever its
 * size, so there is no N+1 to creep in:
 * - the tree alone: one statement (pricing, klasifikasi, sub-klasifikasi, pekerjaan as JSON);
 * - with lines: three (that JSON plus the price list and the contentRevision; the lines as plain
 *   rows, faster than JSON for ~12,000 of them; the contentRevision again). Project.contentRevision moves
 *   with every committed change to the project's content (database triggers), so an unchanged
 *   contentRevision proves both reads saw the same data; otherwise the load is repeated. No
 *   transaction needed, and a concurrent edit never shows half its change.
 * Decimals travel as text: exact, never through a JS number.
 */
import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { HARGA_ITEM_FIELDS_ROW } from "@/lib/harga-items/repository";
import type { HargaItemFields } from "@/lib/harga-items/types";
import { PEKERJAAN_FIELDS_ROW } from "@/lib/pekerjaan/repository";
import type { PekerjaanFields } from "@/lib/pekerjaan/types";
import type { TakeoffRowView } from "@/lib/pekerjaan/takeoff";
import { type Decimal, type Kategori, toDecimal, UNIT_PRICE_ROUNDINGS, type UnitPriceRounding } from "@/lib/calc";
import { db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { ApiError } from "@/lib/kernel/errors";
import { notFound } from "@/lib/projects/not-found";

export interface LoadedPricing {
  overheadProfitPercent: string;
  ppnPercent: string;
  roundingBase: number;
  unitPriceRounding: UnitPriceRounding;
}

/** A line in the calc engine's own shape (CalcLine), so the engine takes it without a copy. */
export interface LoadedLine {
  kategori: Kategori;
  kode: string;
  koefisien: Decimal;
  bundlePekerjaanId: string | null;
}

/** Decimals here are the database's text (volume "12.500"), not yet formatted for display. */
export interface LoadedPekerjaan extends PekerjaanFields {
  lineCount: number;
  /** Empty unless loaded with `lines: true`. */
  lines: LoadedLine[];
  /** The back-up volume rows; loaded with the tree alone (`lines: false`), the calc engine needs only the volume. */
  takeoff: TakeoffRowView[];
}

export interface LoadedSubKlasifikasi {
  id: string;
  name: string;
  position: number;
  pekerjaan: LoadedPekerjaan[];
}

export interface LoadedKlasifikasi {
  id: string;
  name: string;
  position: number;
  subKlasifikasi: LoadedSubKlasifikasi[];
}

/** harga is the database's text. */
export type LoadedHargaItem = HargaItemFields;

export interface LoadedProject {
  /** Project.contentRevision the data was read at. */
  contentRevision: number;
  pricing: LoadedPricing;
  /** In display order at every level. */
  klasifikasi: LoadedKlasifikasi[];
  pekerjaan: ReadonlyMap<string, LoadedPekerjaan>;
  /** The price list by kode (one harga item per kode in a project). */
  hargaItems: ReadonlyMap<string, LoadedHargaItem>;
}

const TREE_ROW = z.strictObject({
  contentRevision: z.number(),
  pricing: z
    .strictObject({
      overheadProfitPercent: z.string(),
      ppnPercent: z.string(),
      roundingBase: z.number(),
      unitPriceRounding: z.enum(UNIT_PRICE_ROUNDINGS),
    })
    .nullable() satisfies z.ZodType<LoadedPricing | null>,
  klasifikasi: z.array(z.strictObject({ id: z.string(), name: z.string(), position: z.number() })),
  sub: z.array(z.strictObject({ id: z.string(), klasifikasiId: z.string(), name: z.string(), position: z.number() })),
  pekerjaan: z.array(
    PEKERJAAN_FIELDS_ROW.extend({
      lineCount: z.number(),
      takeoff: z.array(z.strictObject({ uraian: z.string(), formula: z.string(), result: z.string() })),
    }),
  ),
  harga: z.array(HARGA_ITEM_FIELDS_ROW).nullable(),
});
type TreeRow = z.output<typeof TREE_ROW>;

/**
 * All ~12,000 line rows of a large project are parsed in full: a micro-benchmark of this
 * schema measured a median of ~2 ms per load (warm, on a loaded 2-core machine), too little
 * to trade for a first-row-only check.
 */
const LINE_ROW = z.strictObject({
  pekerjaanId: z.string(),
  hargaItemId: z.string(),
  position: z.number(),
  koefisien: z.string(),
  bundlePekerjaanId: z.string().nullable(),
});
type LineRow = z.output<typeof LINE_ROW>;

const LOAD_ATTEMPTS = 3;

/** The project's tree, and with `lines` every line and harga item too (for the calc engine). */
export async function loadProject(projectId: string, options: { lines: boolean }): Promise<LoadedProject> {
  if (!options.lines) return assemble(await treeRow(projectId, false), null);
  for (let attempt = 1; attempt <= LOAD_ATTEMPTS; attempt++) {
    const tree = await treeRow(projectId, true);
    const lines = await lineRows(projectId);
    if ((await currentContentRevision(projectId)) === tree.contentRevision) return assemble(tree, lines);
  }
  throw ApiError.conflict("Proyek sedang diubah terus-menerus. Coba lagi sebentar lagi.");
}

const CONTENT_REVISION_ROW = z.strictObject({ contentRevision: z.number() });

/** Project.contentRevision now; 404 when the project is gone. */
export async function currentContentRevision(projectId: string): Promise<number> {
  const [row] = await queryRows(
    db(),
    "rekap.contentRevision",
    CONTENT_REVISION_ROW,
    Prisma.sql`
    SELECT "contentRevision" FROM "Project" WHERE id = ${projectId}::uuid`,
  );
  if (!row) throw ApiError.notFound("Proyek tidak ditemukan.");
  return row.contentRevision;
}

async function treeRow(projectId: string, withHarga: boolean): Promise<TreeRow> {
  // Without lines, each pekerjaan's line count comes from the index; with them, from the rows.
  const lineCount = withHarga ? Prisma.sql`0` : Prisma.sql`(SELECT count(*) FROM "PekerjaanLine" l WHERE l."pekerjaanId" = p.id)::int`;
  // The back-up volume rows ride in the same statement (the Volume page's tree), from the index on (pekerjaanId, position).
  const takeoff = withHarga
    ? Prisma.sql`'[]'::json`
    : Prisma.sql`(SELECT coalesce(json_agg(json_build_object('uraian', t.uraian, 'formula', t.formula, 'result', t.result::text)
                                           ORDER BY t.position), '[]')
                    FROM "VolumeTakeoff" t WHERE t."pekerjaanId" = p.id)`;
  const harga = withHarga
    ? Prisma.sql`(SELECT coalesce(json_agg(h), '[]')
         FROM (SELECT id, kategori, kode, uraian, satuan, harga::text AS harga
                 FROM "HargaItem" WHERE "projectId" = ${projectId}::uuid) h)`
    : Prisma.sql`NULL::json`;
  const [row] = await queryRows(
    db(),
    "rekap.tree",
    TREE_ROW,
    Prisma.sql`
    SELECT
      (SELECT "contentRevision" FROM "Project" WHERE id = ${projectId}::uuid) AS "contentRevision",
      (SELECT json_build_object('overheadProfitPercent', "overheadProfitPercent"::text,
                                'ppnPercent', "ppnPercent"::text, 'roundingBase', "roundingBase",
                                'unitPriceRounding', "unitPriceRounding")
         FROM "Project" WHERE id = ${projectId}::uuid) AS pricing,
      (SELECT coalesce(json_agg(k ORDER BY k.position, k.id), '[]')
         FROM (SELECT id, name, position FROM "Klasifikasi" WHERE "projectId" = ${projectId}::uuid) k) AS klasifikasi,
      (SELECT coalesce(json_agg(s ORDER BY s.position, s.id), '[]')
         FROM (SELECT id, "klasifikasiId", name, position
                 FROM "SubKlasifikasi" WHERE "projectId" = ${projectId}::uuid) s) AS sub,
      (SELECT coalesce(json_agg(w ORDER BY w.position, w.id), '[]')
         FROM (SELECT p.id, p."subKlasifikasiId", p.position, p.source, p.kode, p.uraian, p.satuan,
                      p.volume::text AS volume, p."volumeFormula",
                      p."overheadProfitPercent"::text AS "overheadProfitPercent", p."editVersion",
                      ${lineCount} AS "lineCount", ${takeoff} AS takeoff
                 FROM "Pekerjaan" p WHERE p."projectId" = ${projectId}::uuid) w) AS pekerjaan,
      ${harga} AS harga`,
  );
  if (!row?.pricing) throw ApiError.notFound("Proyek tidak ditemukan.");
  return row;
}

/** Unsorted and without the harga join: both are cheaper in JS (attachLines) than in SQL. */
function lineRows(projectId: string): Promise<LineRow[]> {
  return queryRows(
    db(),
    "rekap.lines",
    LINE_ROW,
    Prisma.sql`
    SELECT "pekerjaanId", "hargaItemId", position, koefisien::text AS koefisien, "bundlePekerjaanId"
    FROM "PekerjaanLine" WHERE "projectId" = ${projectId}::uuid`,
  );
}

function assemble(row: TreeRow, lines: readonly LineRow[] | null): LoadedProject {
  const pekerjaan = new Map(row.pekerjaan.map((p) => [p.id, { ...p, lines: [] as LoadedLine[] }]));
  if (lines) attachLines(pekerjaan, row.harga ?? [], lines);
  const subs = new Map(row.sub.map((s) => [s.id, { id: s.id, name: s.name, position: s.position, pekerjaan: [] as LoadedPekerjaan[] }]));
  for (const p of pekerjaan.values()) subs.get(p.subKlasifikasiId)?.pekerjaan.push(p);
  const klasifikasi = row.klasifikasi.map((k) => ({ ...k, subKlasifikasi: [] as LoadedSubKlasifikasi[] }));
  const byId = new Map(klasifikasi.map((k) => [k.id, k]));
  for (const s of row.sub) byId.get(s.klasifikasiId)?.subKlasifikasi.push(subs.get(s.id)!);
  return {
    contentRevision: row.contentRevision,
    pricing: row.pricing!,
    klasifikasi,
    pekerjaan,
    hargaItems: new Map((row.harga ?? []).map((h) => [h.kode, h])),
  };
}

/**
 * Puts each line, in the engine's shape, on its pekerjaan in position order: placed at its
 * position (unique per pekerjaan), then compacted, which also drops any gap in the numbering.
 */
function attachLines(pekerjaan: Map<string, LoadedPekerjaan>, harga: readonly LoadedHargaItem[], lines: readonly LineRow[]): void {
  const hargaById = new Map(harga.map((h) => [h.id, h]));
  const decimal = decimalParser();
  for (const line of lines) {
    const item = hargaById.get(line.hargaItemId)!;
    const p = pekerjaan.get(line.pekerjaanId);
    if (!p) continue;
    p.lines[line.position] = {
      kategori: item.kategori,
      kode: item.kode,
      koefisien: decimal(line.koefisien),
      bundlePekerjaanId: line.bundlePekerjaanId,
    };
  }
  for (const p of pekerjaan.values()) {
    p.lines = p.lines.filter(() => true);
    p.lineCount = p.lines.length;
  }
}

/** Parses decimal text once per distinct value: koefisien repeat a lot across 12,000 lines. */
export function decimalParser(): (text: string) => Decimal {
  const parsed = new Map<string, Decimal>();
  return (text) => {
    let value = parsed.get(text);
    if (value === undefined) {
      value = toDecimal(text);
      parsed.set(text, value);
    }
    return value;
  };
}

/** A pekerjaan of the loaded project, or the same 404 as everywhere else. */
export function loadedPekerjaan(project: LoadedProject, id: string): LoadedPekerjaan {
  const p = project.pekerjaan.get(id);
  if (!p) throw notFound("pekerjaan");
  return p;
}
