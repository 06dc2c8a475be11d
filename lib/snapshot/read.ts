/**
 * Reads a project into a snapshot: a fixed number of statements whatever its size, in one
 * REPEATABLE READ transaction, so a copy or backup taken during an edit holds the project as
 * it was at one instant (schedule entries included, which the revision check of
 * lib/rekap/load does not cover). Decimals travel as text.
 */
import "server-only";
import type { Kategori, RoundingBase } from "@/lib/calc";
import { db } from "@/lib/db/client";
import { Prisma, type Project } from "@/lib/generated/prisma/client";
import { groupBy } from "@/lib/collections";
import type { PekerjaanFields } from "@/lib/pekerjaan/types";
import type { Tx } from "@/lib/projects/transaction";
import { toProjectView } from "@/lib/projects/view";
import { type ProjectSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type SnapshotProjectFields } from "./format";

interface PekerjaanRow extends Omit<PekerjaanFields, "position" | "version"> {
  ahspEdition: string | null;
  refEdition: string | null;
  refKode: string | null;
}

interface LineRow {
  pekerjaanId: string;
  kode: string;
  koefisien: string;
  bundlePekerjaanId: string | null;
}

interface EntryRow {
  pekerjaanId: string;
  week: number;
  planned: string | null;
  actual: string | null;
  actualCost: string | null;
  note: string | null;
}

export function readSnapshot(projectId: string): Promise<ProjectSnapshot> {
  return db().$transaction((tx) => readAll(tx, projectId), {
    isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
    timeout: 20_000,
    maxWait: 10_000,
  });
}

async function readAll(tx: Tx, projectId: string): Promise<ProjectSnapshot> {
  const project = await tx.project.findUniqueOrThrow({ where: { id: projectId } });
  const klasifikasi = await tx.$queryRaw<{ id: string; name: string }[]>`
    SELECT id, name FROM "Klasifikasi" WHERE "projectId" = ${projectId}::uuid ORDER BY position, id`;
  const subs = await tx.$queryRaw<{ id: string; klasifikasiId: string; name: string }[]>`
    SELECT id, "klasifikasiId", name FROM "SubKlasifikasi" WHERE "projectId" = ${projectId}::uuid ORDER BY position, id`;
  const pekerjaan = await tx.$queryRaw<PekerjaanRow[]>`
    SELECT p.id, p."subKlasifikasiId", p.source::text AS source, p."ahspEdition", e.name AS "refEdition", i.kode AS "refKode",
           p.kode, p.uraian, p.satuan, p.volume::text AS volume, p."volumeFormula",
           p."overheadProfitPercent"::text AS "overheadProfitPercent"
      FROM "Pekerjaan" p
      LEFT JOIN "AhspItem" i ON i.id = p."ahspItemId"
      LEFT JOIN "AhspEdition" e ON e.id = i."editionId"
     WHERE p."projectId" = ${projectId}::uuid
     ORDER BY p.position, p.id`;
  const lines = await tx.$queryRaw<LineRow[]>`
    SELECT l."pekerjaanId", h.kode, l.koefisien::text AS koefisien, l."bundlePekerjaanId"
      FROM "PekerjaanLine" l JOIN "HargaItem" h ON h.id = l."hargaItemId"
     WHERE l."projectId" = ${projectId}::uuid
     ORDER BY l."pekerjaanId", l.position`;
  const hargaItems = await tx.$queryRaw<{ kategori: Kategori; kode: string; uraian: string; satuan: string; harga: string }[]>`
    SELECT kategori::text AS kategori, kode, uraian, satuan, harga::text AS harga
      FROM "HargaItem" WHERE "projectId" = ${projectId}::uuid ORDER BY kode`;
  const parameters = await tx.$queryRaw<{ name: string; value: string }[]>`
    SELECT name, value::text AS value FROM "Parameter" WHERE "projectId" = ${projectId}::uuid ORDER BY name`;
  const entries = await tx.$queryRaw<EntryRow[]>`
    SELECT "pekerjaanId", week, planned::text AS planned, actual::text AS actual, "actualCost"::text AS "actualCost", note
      FROM "ScheduleEntry" WHERE "projectId" = ${projectId}::uuid`;
  return assemble(project, { klasifikasi, subs, pekerjaan, lines, hargaItems, parameters, entries });
}

interface Rows {
  klasifikasi: { id: string; name: string }[];
  subs: { id: string; klasifikasiId: string; name: string }[];
  pekerjaan: PekerjaanRow[];
  lines: LineRow[];
  hargaItems: ProjectSnapshot["hargaItems"];
  parameters: ProjectSnapshot["parameters"];
  entries: EntryRow[];
}

/** Ids become keys: pekerjaan "p1", "p2"… in tree order, so one project always reads the same. */
function assemble(project: Project, rows: Rows): ProjectSnapshot {
  const keyOf = pekerjaanKeys(rows);
  const linesOf = groupBy(rows.lines, (l) => l.pekerjaanId);
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
    schedule: scheduleOf(rows.entries, keyOf),
  };
}

/** Entries in tree order of their pekerjaan, then by week. */
function scheduleOf(entries: readonly EntryRow[], keyOf: ReadonlyMap<string, string>): ProjectSnapshot["schedule"] {
  const order = new Map([...keyOf.keys()].map((id, i) => [id, i]));
  return entries
    .filter((e) => order.has(e.pekerjaanId))
    .sort((a, b) => order.get(a.pekerjaanId)! - order.get(b.pekerjaanId)! || a.week - b.week)
    .map(({ pekerjaanId, ...entry }) => ({ pekerjaan: keyOf.get(pekerjaanId)!, ...entry }));
}

/** Keys in tree order; a pekerjaan outside the tree (impossible by foreign keys) gets none. */
function pekerjaanKeys(rows: Rows): Map<string, string> {
  const pekerjaanOf = groupBy(rows.pekerjaan, (p) => p.subKlasifikasiId);
  const subsOf = groupBy(rows.subs, (s) => s.klasifikasiId);
  const ordered = rows.klasifikasi.flatMap((k) => (subsOf.get(k.id) ?? []).flatMap((s) => pekerjaanOf.get(s.id) ?? []));
  return new Map(ordered.map((p, i) => [p.id, `p${i + 1}`]));
}

function projectFields(p: Project): SnapshotProjectFields {
  const { id: _id, version: _version, archivedAt: _archivedAt, createdAt: _createdAt, updatedAt: _updatedAt, parties, roundingBase, ...fields } =
    toProjectView(p);
  return {
    ...fields,
    parties: (parties ?? {}) as SnapshotProjectFields["parties"],
    // The column only ever receives a value the API accepted.
    roundingBase: roundingBase as RoundingBase,
  };
}
