/**
 * Reads a project into a snapshot: a fixed number of statements whatever its size, in one
 * REPEATABLE READ transaction, so a copy or backup taken during an edit holds the project as
 * it was at one instant (jadwal entries included, which the contentRevision check of
 * lib/rekap/load does not cover). Decimals travel as text. A version reads inside its own
 * transaction, under the project lock (readSnapshotIn), and keys the pekerjaan by their ids.
 */
import "server-only";
import { z } from "zod";
import type { RoundingBase } from "@/lib/calc";
import { db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { Prisma, type Project } from "@/lib/generated/prisma/client";
import { groupBy } from "@/lib/collections";
import { HARGA_ITEM_FIELDS_ROW } from "@/lib/harga-items/repository";
import { PEKERJAAN_FIELDS_ROW } from "@/lib/pekerjaan/repository";
import type { Tx } from "@/lib/projects/transaction";
import { projectFieldsView } from "@/lib/projects/view";
import { type ProjectSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type SnapshotProjectFields } from "./format";

const KLASIFIKASI_ROW = z.strictObject({ id: z.string(), name: z.string() });
const SUB_ROW = KLASIFIKASI_ROW.extend({ klasifikasiId: z.string() });
const PEKERJAAN_ROW = PEKERJAAN_FIELDS_ROW.omit({ position: true, editVersion: true }).extend({
  ahspEdition: z.string().nullable(),
  refEdition: z.string().nullable(),
  refKode: z.string().nullable(),
});
type PekerjaanRow = z.output<typeof PEKERJAAN_ROW>;
const LINE_ROW = z.strictObject({
  pekerjaanId: z.string(),
  kode: z.string(),
  koefisien: z.string(),
  bundlePekerjaanId: z.string().nullable(),
});
const TAKEOFF_ROW = z.strictObject({ pekerjaanId: z.string(), uraian: z.string(), formula: z.string(), result: z.string() });
const HARGA_ROW = HARGA_ITEM_FIELDS_ROW.omit({ id: true });
const PARAMETER_ROW = z.strictObject({ name: z.string(), value: z.string() });
const ENTRY_ROW = z.strictObject({
  pekerjaanId: z.string(),
  week: z.number(),
  planned: z.string().nullable(),
  actual: z.string().nullable(),
  actualCost: z.string().nullable(),
  note: z.string().nullable(),
});
type EntryRow = z.output<typeof ENTRY_ROW>;

export interface ReadOptions {
  /**
   * "positions" (default): pekerjaan keys "p1", "p2"… in tree order, for documents that leave the
   * project (copies, backups, templates). "ids": each key is the pekerjaan's id, for versions,
   * whose pekerjaan keep their identity (lib/versions).
   */
  keys?: "positions" | "ids";
}

export function readSnapshot(projectId: string, options: ReadOptions = {}): Promise<ProjectSnapshot> {
  return db().$transaction((tx) => readSnapshotIn(tx, projectId, options), {
    isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
    timeout: 20_000,
    maxWait: 10_000,
  });
}

/** The same read inside the caller's transaction, which decides what it sees. */
export async function readSnapshotIn(tx: Tx, projectId: string, options: ReadOptions = {}): Promise<ProjectSnapshot> {
  const project = await tx.project.findUniqueOrThrow({ where: { id: projectId } });
  const klasifikasi = await queryRows(
    tx,
    "snapshot.klasifikasi",
    KLASIFIKASI_ROW,
    Prisma.sql`
    SELECT id, name FROM "Klasifikasi" WHERE "projectId" = ${projectId}::uuid ORDER BY position, id`,
  );
  const subs = await queryRows(
    tx,
    "snapshot.subKlasifikasi",
    SUB_ROW,
    Prisma.sql`
    SELECT id, "klasifikasiId", name FROM "SubKlasifikasi" WHERE "projectId" = ${projectId}::uuid ORDER BY position, id`,
  );
  const pekerjaan = await queryRows(
    tx,
    "snapshot.pekerjaan",
    PEKERJAAN_ROW,
    Prisma.sql`
    SELECT p.id, p."subKlasifikasiId", p.source::text AS source, p."ahspEdition", e.name AS "refEdition", i.kode AS "refKode",
           p.kode, p.uraian, p.satuan, p.volume::text AS volume, p."volumeFormula",
           p."overheadProfitPercent"::text AS "overheadProfitPercent"
      FROM "Pekerjaan" p
      LEFT JOIN "AhspItem" i ON i.id = p."ahspItemId"
      LEFT JOIN "AhspEdition" e ON e.id = i."editionId"
     WHERE p."projectId" = ${projectId}::uuid
     ORDER BY p.position, p.id`,
  );
  const lines = await queryRows(
    tx,
    "snapshot.lines",
    LINE_ROW,
    Prisma.sql`
    SELECT l."pekerjaanId", h.kode, l.koefisien::text AS koefisien, l."bundlePekerjaanId"
      FROM "PekerjaanLine" l JOIN "HargaItem" h ON h.id = l."hargaItemId"
     WHERE l."projectId" = ${projectId}::uuid
     ORDER BY l."pekerjaanId", l.position`,
  );
  const takeoff = await queryRows(
    tx,
    "snapshot.takeoff",
    TAKEOFF_ROW,
    Prisma.sql`
    SELECT "pekerjaanId"::text AS "pekerjaanId", uraian, formula, result::text AS result
      FROM "VolumeTakeoff" WHERE "projectId" = ${projectId}::uuid
     ORDER BY "pekerjaanId", position`,
  );
  const hargaItems = await queryRows(
    tx,
    "snapshot.hargaItems",
    HARGA_ROW,
    Prisma.sql`
    SELECT kategori::text AS kategori, kode, uraian, satuan, harga::text AS harga
      FROM "HargaItem" WHERE "projectId" = ${projectId}::uuid ORDER BY kode`,
  );
  const parameters = await queryRows(
    tx,
    "snapshot.parameters",
    PARAMETER_ROW,
    Prisma.sql`
    SELECT name, value::text AS value FROM "Parameter" WHERE "projectId" = ${projectId}::uuid ORDER BY name`,
  );
  const entries = await queryRows(
    tx,
    "snapshot.entries",
    ENTRY_ROW,
    Prisma.sql`
    SELECT "pekerjaanId", week, planned::text AS planned, actual::text AS actual, "actualCost"::text AS "actualCost", note
      FROM "JadwalEntry" WHERE "projectId" = ${projectId}::uuid`,
  );
  return assemble(project, { klasifikasi, subs, pekerjaan, lines, takeoff, hargaItems, parameters, entries }, options.keys ?? "positions");
}

interface Rows {
  klasifikasi: z.output<typeof KLASIFIKASI_ROW>[];
  subs: z.output<typeof SUB_ROW>[];
  pekerjaan: PekerjaanRow[];
  lines: z.output<typeof LINE_ROW>[];
  takeoff: z.output<typeof TAKEOFF_ROW>[];
  hargaItems: ProjectSnapshot["hargaItems"];
  parameters: ProjectSnapshot["parameters"];
  entries: EntryRow[];
}

/** Ids become keys: pekerjaan "p1", "p2"… in tree order, so one project always reads the same (or the ids themselves). */
function assemble(project: Project, rows: Rows, keys: NonNullable<ReadOptions["keys"]>): ProjectSnapshot {
  const keyOf = pekerjaanKeys(rows, keys);
  const linesOf = groupBy(rows.lines, (l) => l.pekerjaanId);
  const takeoffOf = groupBy(rows.takeoff, (t) => t.pekerjaanId);
  const pekerjaanOf = groupBy(rows.pekerjaan, (p) => p.subKlasifikasiId);
  const subsOf = groupBy(rows.subs, (s) => s.klasifikasiId);
  const toPekerjaan = (p: PekerjaanRow) => ({
    key: keyOf.get(p.id)!,
    source: p.source,
    ahsp: p.refEdition !== null && p.refKode !== null ? { edition: p.refEdition, kode: p.refKode } : null,
    ahspEdition: p.ahspEdition,
    kode: p.kode,
    uraian: p.uraian,
    satuan: p.satuan,
    volume: p.volume,
    volumeFormula: p.volumeFormula,
    overheadProfitPercent: p.overheadProfitPercent,
    lines: (linesOf.get(p.id) ?? []).map((l) => ({
      kode: l.kode,
      koefisien: l.koefisien,
      bundle: l.bundlePekerjaanId === null ? null : keyOf.get(l.bundlePekerjaanId)!,
    })),
    takeoff: (takeoffOf.get(p.id) ?? []).map(({ uraian, formula, result }) => ({ uraian, formula, result })),
  });
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    createdAt: new Date().toISOString(),
    kind: "project",
    project: projectFields(project),
    parameters: rows.parameters,
    hargaItems: rows.hargaItems,
    klasifikasi: rows.klasifikasi.map((k) => ({
      name: k.name,
      subKlasifikasi: (subsOf.get(k.id) ?? []).map((s) => ({ name: s.name, pekerjaan: (pekerjaanOf.get(s.id) ?? []).map(toPekerjaan) })),
    })),
    jadwal: jadwalOf(rows.entries, keyOf),
  };
}

/** Entries in tree order of their pekerjaan, then by week. */
function jadwalOf(entries: readonly EntryRow[], keyOf: ReadonlyMap<string, string>): ProjectSnapshot["jadwal"] {
  const order = new Map([...keyOf.keys()].map((id, i) => [id, i]));
  return entries
    .filter((e) => order.has(e.pekerjaanId))
    .sort((a, b) => order.get(a.pekerjaanId)! - order.get(b.pekerjaanId)! || a.week - b.week)
    .map(({ pekerjaanId, ...entry }) => ({ pekerjaan: keyOf.get(pekerjaanId)!, ...entry }));
}

/** Keys in tree order; a pekerjaan outside the tree (impossible by foreign keys) gets none. */
function pekerjaanKeys(rows: Rows, keys: NonNullable<ReadOptions["keys"]>): Map<string, string> {
  const pekerjaanOf = groupBy(rows.pekerjaan, (p) => p.subKlasifikasiId);
  const subsOf = groupBy(rows.subs, (s) => s.klasifikasiId);
  const ordered = rows.klasifikasi.flatMap((k) => (subsOf.get(k.id) ?? []).flatMap((s) => pekerjaanOf.get(s.id) ?? []));
  return new Map(ordered.map((p, i) => [p.id, keys === "ids" ? p.id : `p${i + 1}`]));
}

function projectFields(p: Project): SnapshotProjectFields {
  const {
    id: _id,
    editVersion: _editVersion,
    archivedAt: _archivedAt,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    parties,
    roundingBase,
    ...fields
  } = projectFieldsView(p);
  return {
    ...fields,
    parties: (parties ?? {}) as SnapshotProjectFields["parties"],
    // The column only ever receives a value the API accepted.
    roundingBase: roundingBase as RoundingBase,
  };
}
