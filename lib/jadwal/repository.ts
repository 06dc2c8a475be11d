/**
 * JadwalEntry reads and writes, each a single SQL statement whatever the project's size.
 * Decimals travel as text, never through a JS number.
 */
import "server-only";
import { z } from "zod";
import { type Decimal, toDecimal } from "@/lib/calc";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { describePekerjaan } from "@/lib/pekerjaan/repository";
import { notFound } from "@/lib/projects/not-found";
import type { Tx } from "@/lib/projects/transaction";
import { COMPLETE_TOLERANCE, entryKey, type FinalEntry, isEmptyEntry, type PekerjaanEntries, type StoredEntry } from "./rules";

/** [week, planned, actual, actualCost, note] as PostgreSQL's json_build_array gives them. */
const ENTRY_TUPLE_ROW = z.tuple([z.number(), z.string().nullable(), z.string().nullable(), z.string().nullable(), z.string().nullable()]);
type EntryTuple = z.output<typeof ENTRY_TUPLE_ROW>;

const ENTRY_TUPLE = Prisma.sql`json_build_array(e.week, e.planned::text, e.actual::text, e."actualCost"::text, e.note)`;

const decimalOrNull = (text: string | null): Decimal | null => (text === null ? null : toDecimal(text));

function toStored([week, planned, actual, actualCost, note]: EntryTuple): StoredEntry {
  return { week, planned: decimalOrNull(planned), actual: decimalOrNull(actual), actualCost: decimalOrNull(actualCost), note };
}

const PEKERJAAN_ENTRIES_ROW = z.strictObject({
  id: z.string(),
  kode: z.string().nullable(),
  uraian: z.string(),
  hasVolume: z.boolean(),
  entries: z.array(ENTRY_TUPLE_ROW),
});

/**
 * The named pekerjaan of the project with all their stored entries. An id that is not the
 * project's answers 404 at its first place in the batch (`entries.3.pekerjaanId`).
 */
export async function readPekerjaanEntries(
  tx: Tx,
  projectId: string,
  batch: readonly { pekerjaanId: string }[],
  path: (index: number) => string,
): Promise<Map<string, PekerjaanEntries>> {
  const ids = [...new Set(batch.map((e) => e.pekerjaanId))];
  const rows = await queryRows(
    tx,
    "jadwal.pekerjaanEntries",
    PEKERJAAN_ENTRIES_ROW,
    Prisma.sql`
    SELECT p.id, p.kode, p.uraian, p.volume > 0 AS "hasVolume",
           coalesce((SELECT json_agg(${ENTRY_TUPLE}) FROM "JadwalEntry" e WHERE e."pekerjaanId" = p.id), '[]') AS entries
      FROM "Pekerjaan" p WHERE p."projectId" = ${projectId}::uuid AND p.id = ANY(${ids}::uuid[])`,
  );
  const found = new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, label: describePekerjaan(r), hasVolume: r.hasVolume, entries: new Map(r.entries.map((t) => [t[0], toStored(t)])) },
    ]),
  );
  const missing = batch.findIndex((e) => !found.has(e.pekerjaanId));
  if (missing >= 0) throw notFound("pekerjaan", path(missing));
  return found;
}

const ENTRY_IN_WEEK_ROW = z.strictObject({
  pekerjaanId: z.string(),
  kode: z.string().nullable(),
  uraian: z.string(),
  entry: ENTRY_TUPLE_ROW,
});

/** The project's entries in `weeks`, with the name of their pekerjaan. */
export async function readEntriesInWeeks(tx: Tx, projectId: string, weeks: readonly number[]): Promise<(FinalEntry & { label: string })[]> {
  const rows = await queryRows(
    tx,
    "jadwal.entriesInWeeks",
    ENTRY_IN_WEEK_ROW,
    Prisma.sql`
    SELECT e."pekerjaanId", p.kode, p.uraian, ${ENTRY_TUPLE} AS entry
      FROM "JadwalEntry" e JOIN "Pekerjaan" p ON p.id = e."pekerjaanId"
     WHERE e."projectId" = ${projectId}::uuid AND e.week = ANY(${weeks}::int[])
     ORDER BY p.id, e.week`,
  );
  return rows.map((r) => ({ pekerjaanId: r.pekerjaanId, label: describePekerjaan(r), ...toStored(r.entry) }));
}

/** Upserts the entries that still hold a value and deletes the ones left empty. */
export async function writeEntries(tx: Tx, projectId: string, finals: readonly FinalEntry[]): Promise<void> {
  const kept = finals.filter((e) => !isEmptyEntry(e));
  const emptied = finals.filter(isEmptyEntry);
  const text = (d: Decimal | null) => (d === null ? null : d.toFixed());
  if (kept.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "JadwalEntry" (id, "projectId", "pekerjaanId", week, planned, actual, "actualCost", note, "updatedAt")
      SELECT gen_random_uuid(), ${projectId}::uuid, t.p, t.w, t.planned, t.actual, t.cost, t.note, now()
        FROM unnest(${kept.map((e) => e.pekerjaanId)}::uuid[], ${kept.map((e) => e.week)}::int[],
                    ${kept.map((e) => text(e.planned))}::numeric[], ${kept.map((e) => text(e.actual))}::numeric[],
                    ${kept.map((e) => text(e.actualCost))}::numeric[], ${kept.map((e) => e.note || null)}::text[])
             AS t(p, w, planned, actual, cost, note)
      ON CONFLICT ("pekerjaanId", week) DO UPDATE
        SET planned = EXCLUDED.planned, actual = EXCLUDED.actual, "actualCost" = EXCLUDED."actualCost",
            note = EXCLUDED.note, "updatedAt" = now()`;
  }
  if (emptied.length > 0) await deleteEntries(tx, projectId, emptied);
}

const ENTRY_VERSION_ROW = z.strictObject({ pekerjaanId: z.string(), week: z.number(), editVersion: z.number() });

/** The versions of the stored entries among `keys`, by entryKey; a week without entry is absent. */
export async function readEntryVersions(
  tx: Tx,
  projectId: string,
  keys: readonly { pekerjaanId: string; week: number }[],
): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rows = await queryRows(
    tx,
    "jadwal.entryVersions",
    ENTRY_VERSION_ROW,
    Prisma.sql`
    SELECT e."pekerjaanId", e.week, e."editVersion"
      FROM "JadwalEntry" e
      JOIN unnest(${keys.map((k) => k.pekerjaanId)}::uuid[], ${keys.map((k) => k.week)}::int[]) AS t(p, w)
        ON e."pekerjaanId" = t.p AND e.week = t.w
     WHERE e."projectId" = ${projectId}::uuid`,
  );
  return new Map(rows.map((r) => [entryKey(r.pekerjaanId, r.week), r.editVersion]));
}

export async function deleteEntries(tx: Tx, projectId: string, entries: readonly { pekerjaanId: string; week: number }[]): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM "JadwalEntry" e
     USING unnest(${entries.map((x) => x.pekerjaanId)}::uuid[], ${entries.map((x) => x.week)}::int[]) AS t(p, w)
     WHERE e."projectId" = ${projectId}::uuid AND e."pekerjaanId" = t.p AND e.week = t.w`;
}

/** One pekerjaan's stored entries as dense weekly series (index 0 = week 1), with their sums. */
export interface EntriesRow {
  pekerjaanId: string;
  planned: (string | null)[];
  actual: (string | null)[];
  actualCost: (string | null)[];
  notes: { week: number; note: string }[];
  /** Each week's entry version, 0 where there is none. */
  editVersions: number[];
  /** Σ per field as exact text, null when no entry has the field. */
  sums: { planned: string | null; actual: string | null; actualCost: string | null };
}

const nullableText = z.string().nullable();
const PACKED_ROW = z.strictObject({
  pekerjaanId: z.string(),
  /** The weeks and each field in the same order, comma-separated; empty text for NULL. */
  weeks: z.string(),
  planned: z.string(),
  actual: z.string(),
  actualCost: z.string(),
  notes: z.array(z.tuple([z.number(), z.string()])).nullable(),
  editVersions: z.string(),
  sums: z.strictObject({ planned: nullableText, actual: nullableText, actualCost: nullableText }) satisfies z.ZodType<EntriesRow["sums"]>,
});

/**
 * Every entry of the project (or of `ids`) up to `weekCount`, per pekerjaan, in one statement.
 * A large plan has ~100,000 entries: PostgreSQL packs each field of a pekerjaan into one text,
 * split straight into the series (json_agg costs twice as much, and one row per entry more
 * still to parse); numbers never hold a comma.
 */
export async function readEntriesRows(tx: Tx, projectId: string, weekCount: number, ids?: readonly string[]): Promise<EntriesRow[]> {
  const only = ids ? Prisma.sql`AND e."pekerjaanId" = ANY(${ids}::uuid[])` : Prisma.empty;
  const rows = await queryRows(
    tx,
    "jadwal.entriesRows",
    PACKED_ROW,
    Prisma.sql`
    SELECT e."pekerjaanId",
           string_agg(e.week::text, ',') AS weeks,
           string_agg(coalesce(e.planned::text, ''), ',') AS planned,
           string_agg(coalesce(e.actual::text, ''), ',') AS actual,
           string_agg(coalesce(e."actualCost"::text, ''), ',') AS "actualCost",
           json_agg(json_build_array(e.week, e.note) ORDER BY e.week) FILTER (WHERE e.note IS NOT NULL) AS notes,
           string_agg(e."editVersion"::text, ',') AS "editVersions",
           json_build_object('planned', sum(e.planned)::text, 'actual', sum(e.actual)::text,
                             'actualCost', sum(e."actualCost")::text) AS sums
      FROM "JadwalEntry" e
     WHERE e."projectId" = ${projectId}::uuid ${only}
     GROUP BY e."pekerjaanId"`,
  );
  return rows.map((row) => {
    const weeks = row.weeks.split(",").map((w) => Number(w) - 1);
    const dense = (packed: string) => {
      const values = new Array<string | null>(weekCount).fill(null);
      packed.split(",").forEach((value, i) => {
        const week = weeks[i]!;
        if (week < weekCount) values[week] = value || null;
      });
      return values;
    };
    return {
      pekerjaanId: row.pekerjaanId,
      planned: dense(row.planned),
      actual: dense(row.actual),
      actualCost: dense(row.actualCost),
      notes: (row.notes ?? []).map(([week, note]) => ({ week, note })),
      editVersions: dense(row.editVersions).map((v) => (v === null ? 0 : Number(v))),
      sums: row.sums,
    };
  });
}

const INCOMPLETE_ROW = z.strictObject({ pekerjaanCount: z.number(), incompletePekerjaan: z.number() });

/** How many pekerjaan there are, and how many with volume are not complete (rules.ts isComplete). */
export async function countIncomplete(tx: Tx, projectId: string): Promise<{ pekerjaanCount: number; incompletePekerjaan: number }> {
  const [row] = await queryRows(
    tx,
    "jadwal.countIncomplete",
    INCOMPLETE_ROW,
    Prisma.sql`
    SELECT count(*)::int AS "pekerjaanCount",
           (count(*) FILTER (WHERE p.volume > 0 AND abs(coalesce(e.planned, 0) - 100) > ${COMPLETE_TOLERANCE.toFixed()}::numeric))::int AS "incompletePekerjaan"
      FROM "Pekerjaan" p
      LEFT JOIN (SELECT "pekerjaanId", sum(planned) AS planned FROM "JadwalEntry"
                  WHERE "projectId" = ${projectId}::uuid GROUP BY "pekerjaanId") e ON e."pekerjaanId" = p.id
     WHERE p."projectId" = ${projectId}::uuid`,
  );
  return row ?? { pekerjaanCount: 0, incompletePekerjaan: 0 };
}

const WEEKLY_SUM_ROW = z.strictObject({
  week: z.number(),
  /** Σ_p planned_p × weight_p, exact. */
  planned: z.string(),
  actual: z.string(),
  /** Some entry of the week recorded an actual (0 included). */
  hasActual: z.boolean(),
  actualCost: z.string().nullable(),
});
export type WeeklySum = z.output<typeof WEEKLY_SUM_ROW>;

/**
 * Per week, Σ over the weighted pekerjaan of percent × weight, summed by PostgreSQL in exact
 * numeric: ~100,000 entries of a large project never travel to the app for the Kurva S.
 */
export function weeklySums(
  tx: Tx,
  projectId: string,
  weights: readonly { pekerjaanId: string; weight: Decimal }[],
  weekCount: number,
): Promise<WeeklySum[]> {
  return queryRows(
    tx,
    "jadwal.weeklySums",
    WEEKLY_SUM_ROW,
    Prisma.sql`
    SELECT e.week,
           coalesce(sum(e.planned * w.weight), 0)::text AS planned,
           coalesce(sum(e.actual * w.weight), 0)::text AS actual,
           bool_or(e.actual IS NOT NULL) AS "hasActual",
           sum(e."actualCost")::text AS "actualCost"
      FROM "JadwalEntry" e
      JOIN unnest(${weights.map((w) => w.pekerjaanId)}::uuid[], ${weights.map((w) => w.weight.toFixed())}::numeric[]) AS w(id, weight)
        ON w.id = e."pekerjaanId"
     WHERE e."projectId" = ${projectId}::uuid AND e.week <= ${weekCount}
     GROUP BY e.week
     ORDER BY e.week`,
  );
}
