/**
 * Writes a snapshot into the database inside the caller's transaction: as a new project
 * (copy, restore) or appended to an existing one (a template), within the project size
 * ceiling (lib/projects/limits.ts) either way. Every id is generated here, so
 * bundle lines and jadwal entries are pointed at the new pekerjaan before anything is sent,
 * and each table is a set-based INSERT (unnest of arrays) per batch of rows.
 * Nothing in the snapshot is an id: library origins are looked up by (edition, kode). The one
 * exception is a version restored into its own project (replaceEstimate): its pekerjaan keys are
 * the pekerjaan's ids, and they are written back as such.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { linkHargaItems } from "@/lib/harga-items/repository";
import { assertWithinLimits } from "@/lib/projects/limits";
import { nextPosition } from "@/lib/projects/positions";
import type { Tx } from "@/lib/projects/transaction";
import { fromIsoDate } from "@/lib/projects/view";
import { ApiError } from "@/lib/kernel/errors";
import { describePekerjaan } from "@/lib/pekerjaan/repository";
import { computeTakeoff } from "@/lib/pekerjaan/takeoff";
import { insertTakeoff, parameterScope } from "@/lib/pekerjaan/volume";
import {
  pekerjaanOf,
  type ProjectSnapshot,
  type Snapshot,
  type SnapshotKlasifikasi,
  type SnapshotPekerjaan,
  type SnapshotProjectFields,
} from "./format";

/**
 * Rows per INSERT. Prisma holds a statement's parameters several times over (the values, the
 * engine's JSON, the driver's array literals): 200,000 lines in one statement need more than a
 * worker's 256 MB heap, 2,000 a few MB.
 */
const ROWS_PER_STATEMENT = 2_000;

async function inBatches<T>(rows: readonly T[], insert: (batch: readonly T[]) => Promise<unknown>): Promise<void> {
  for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT) await insert(rows.slice(at, at + ROWS_PER_STATEMENT));
}

/** What a write added. */
export interface WriteResult {
  projectId: string;
  klasifikasi: number;
  pekerjaan: number;
}

/** Creates a project of `ownerId` holding everything in `snapshot`. */
export async function writeNewProject(tx: Tx, ownerId: string, snapshot: ProjectSnapshot): Promise<WriteResult> {
  const projectId = randomUUID();
  await tx.project.create({ data: { id: projectId, ownerId, ...projectColumns(snapshot.project) } });
  const hargaIds = await insertHargaItems(tx, projectId, snapshot.hargaItems);
  const pekerjaanIds = await insertTree(tx, projectId, snapshot.klasifikasi, { hargaIds, firstPosition: 0 });
  await insertParameters(tx, projectId, snapshot.parameters);
  await insertJadwal(tx, projectId, snapshot.jadwal, pekerjaanIds);
  await assertWithinLimits(tx, projectId);
  return { projectId, klasifikasi: snapshot.klasifikasi.length, pekerjaan: pekerjaanIds.size };
}

/**
 * Appends the snapshot's tree and analyses after the project's last klasifikasi. Its resources
 * join the price list by kode: a kode the project already has keeps its price (and must have
 * the same kategori, else 400), a new one starts unpriced.
 */
export async function appendTree(tx: Tx, projectId: string, snapshot: Snapshot, path: string): Promise<WriteResult> {
  const tree = await takeoffInProject(tx, projectId, snapshot, path);
  const hargaIds = await linkHargaItems(
    tx,
    projectId,
    snapshot.hargaItems.map((h) => ({ ...h, path })),
    { rename: false },
  );
  const firstPosition = await nextPosition(tx, "Klasifikasi", projectId);
  const pekerjaanIds = await insertTree(tx, projectId, tree, { hargaIds, firstPosition });
  await assertWithinLimits(tx, projectId);
  return { projectId, klasifikasi: snapshot.klasifikasi.length, pekerjaan: pekerjaanIds.size };
}

/**
 * The snapshot's tree with each back-up volume computed in the receiving project: the
 * parameters its rows name that the project lacks are added with the snapshot's values (a name
 * the project has keeps the project's value), and each pekerjaan's volume is the sum of its rows.
 * A row that does not evaluate there is a 400 at `path`.
 */
async function takeoffInProject(tx: Tx, projectId: string, snapshot: Snapshot, path: string): Promise<SnapshotKlasifikasi[]> {
  if (!pekerjaanOf(snapshot).some(({ pekerjaan }) => pekerjaan.takeoff.length > 0)) return snapshot.klasifikasi;
  const existing = new Set((await tx.parameter.findMany({ where: { projectId }, select: { name: true } })).map((p) => p.name));
  await insertParameters(
    tx,
    projectId,
    snapshot.parameters.filter((p) => !existing.has(p.name)),
  );
  const scope = await parameterScope(tx, projectId);
  const computed = (p: SnapshotPekerjaan): SnapshotPekerjaan => {
    if (p.takeoff.length === 0) return p;
    const outcome = computeTakeoff(p.takeoff, scope);
    if (outcome.ok) return { ...p, takeoff: outcome.rows, volume: outcome.volume };
    const message = `Back-up volume ${describePekerjaan(p)}, ${outcome.problems[0]!.message}`;
    throw ApiError.validation([{ path, message }], message);
  };
  return snapshot.klasifikasi.map((k) => ({
    ...k,
    subKlasifikasi: k.subKlasifikasi.map((s) => ({ ...s, pekerjaan: s.pekerjaan.map(computed) })),
  }));
}

const EDIT_VERSION_ROW = z.strictObject({ id: z.string(), editVersion: z.number() });

/**
 * Makes `snapshot` the estimate of the existing project `projectId` (a version's restore): its
 * tree, volumes and formulas, analyses, price list, parameters, jadwal, pricing and calendar.
 * What the project is (name, location, client, funding, fiscal year, budget, description,
 * parties), its team and its trail stay. The snapshot's pekerjaan keys are pekerjaan ids of this
 * project (lib/versions): each pekerjaan is written back under its id, so it stays the same item,
 * and its editVersion moves past the one it had, so a grid row read before the restore is
 * refused rather than saved over the restored value.
 */
export async function replaceEstimate(tx: Tx, projectId: string, snapshot: ProjectSnapshot): Promise<WriteResult> {
  // Lines first: a bundle line's target is RESTRICT, whatever order the pekerjaan go in.
  await tx.$executeRaw`DELETE FROM "PekerjaanLine" WHERE "projectId" = ${projectId}::uuid`;
  const previous = await queryRows(
    tx,
    "snapshot.replace.pekerjaan",
    EDIT_VERSION_ROW,
    Prisma.sql`DELETE FROM "Pekerjaan" WHERE "projectId" = ${projectId}::uuid RETURNING id, "editVersion"`,
  );
  await tx.$executeRaw`DELETE FROM "Klasifikasi" WHERE "projectId" = ${projectId}::uuid`;
  await tx.$executeRaw`DELETE FROM "HargaItem" WHERE "projectId" = ${projectId}::uuid`;
  await tx.$executeRaw`DELETE FROM "Parameter" WHERE "projectId" = ${projectId}::uuid`;
  const { startDate, durationDays, weekEndDay, overheadProfitPercent, ppnPercent, roundingBase, unitPriceRounding } = snapshot.project;
  await tx.project.update({
    where: { id: projectId },
    data: {
      startDate: fromIsoDate(startDate),
      durationDays,
      weekEndDay,
      overheadProfitPercent,
      ppnPercent,
      roundingBase,
      unitPriceRounding,
    },
  });
  const hargaIds = await insertHargaItems(tx, projectId, snapshot.hargaItems);
  const pekerjaanIds = await insertTree(tx, projectId, snapshot.klasifikasi, { hargaIds, firstPosition: 0, idsFromKeys: true });
  await insertParameters(tx, projectId, snapshot.parameters);
  await insertJadwal(tx, projectId, snapshot.jadwal, pekerjaanIds);
  const kept = previous.filter((p) => pekerjaanIds.has(p.id));
  await tx.$executeRaw`
    UPDATE "Pekerjaan" p SET "editVersion" = t.v + 1
      FROM unnest(${kept.map((p) => p.id)}::uuid[], ${kept.map((p) => p.editVersion)}::int[]) AS t(id, v)
     WHERE p.id = t.id`;
  return { projectId, klasifikasi: snapshot.klasifikasi.length, pekerjaan: pekerjaanIds.size };
}

function projectColumns(p: SnapshotProjectFields) {
  return { ...p, startDate: fromIsoDate(p.startDate), parties: p.parties as Prisma.InputJsonValue };
}

async function insertHargaItems(tx: Tx, projectId: string, items: ProjectSnapshot["hargaItems"]): Promise<Map<string, string>> {
  const rows = items.map((h) => ({ ...h, id: randomUUID() }));
  await inBatches(
    rows,
    (b) => tx.$executeRaw`
    INSERT INTO "HargaItem" (id, "projectId", kategori, kode, uraian, satuan, harga, "updatedAt")
    SELECT t.id, ${projectId}::uuid, t.kategori::"Kategori", t.kode, t.uraian, t.satuan, t.harga, now()
      FROM unnest(${b.map((h) => h.id)}::uuid[], ${b.map((h) => h.kategori)}::text[], ${b.map((h) => h.kode)}::text[],
                  ${b.map((h) => h.uraian)}::text[], ${b.map((h) => h.satuan)}::text[], ${b.map((h) => h.harga)}::numeric[])
           AS t(id, kategori, kode, uraian, satuan, harga)`,
  );
  return new Map(rows.map((h) => [h.kode, h.id]));
}

interface TreeOptions {
  /** Resource kode → its harga item in the target project. */
  hargaIds: ReadonlyMap<string, string>;
  /** Position of the first klasifikasi (after the existing ones when appending). */
  firstPosition: number;
  /** Each pekerjaan's key is its id (a version restored into its own project); else new ids. */
  idsFromKeys?: boolean;
}

/** Klasifikasi, sub-klasifikasi, pekerjaan and lines; returns pekerjaan key → new id. */
async function insertTree(
  tx: Tx,
  projectId: string,
  tree: readonly SnapshotKlasifikasi[],
  options: TreeOptions,
): Promise<Map<string, string>> {
  const rows = treeRows(tree, options.firstPosition, options.idsFromKeys ? (key) => key : () => randomUUID());
  const ahspIds = await resolveAhsp(
    tx,
    rows.pekerjaan.map((r) => r.pekerjaan.ahsp),
  );
  await inBatches(
    rows.klasifikasi,
    (k) => tx.$executeRaw`
    INSERT INTO "Klasifikasi" (id, "projectId", name, position)
    SELECT t.id, ${projectId}::uuid, t.name, t.position
      FROM unnest(${k.map((r) => r.id)}::uuid[], ${k.map((r) => r.name)}::text[], ${k.map((r) => r.position)}::int[]) AS t(id, name, position)`,
  );
  await inBatches(
    rows.subKlasifikasi,
    (s) => tx.$executeRaw`
    INSERT INTO "SubKlasifikasi" (id, "projectId", "klasifikasiId", name, position)
    SELECT t.id, ${projectId}::uuid, t.parent, t.name, t.position
      FROM unnest(${s.map((r) => r.id)}::uuid[], ${s.map((r) => r.parent)}::uuid[], ${s.map((r) => r.name)}::text[],
                  ${s.map((r) => r.position)}::int[]) AS t(id, parent, name, position)`,
  );
  const pekerjaan = rows.pekerjaan.map((r, i) => ({ ...r, ahspId: ahspIds[i]! }));
  await inBatches(pekerjaan, (p) => insertPekerjaan(tx, projectId, p));
  const pekerjaanIds = new Map(pekerjaan.map((r) => [r.pekerjaan.key, r.id]));
  await insertLines(tx, projectId, pekerjaan, pekerjaanIds, options.hargaIds);
  const takeoff = pekerjaan.flatMap((r) => r.pekerjaan.takeoff.map((row, position) => ({ ...row, pekerjaanId: r.id, position })));
  await inBatches(takeoff, (rows) => insertTakeoff(tx, projectId, rows));
  return pekerjaanIds;
}

/** A pekerjaan to insert: its new id, its sub-klasifikasi (`parent`) and position there, and its library item. */
export interface PekerjaanRow {
  id: string;
  parent: string;
  position: number;
  pekerjaan: SnapshotPekerjaan;
  ahspId: string | null;
}

/**
 * Pekerjaan with their lines, under sub-klasifikasi that exist (`parent`, at `position`): the
 * same set-based INSERTs as a whole tree, for the add-from-library path (lib/pekerjaan/snapshot.ts).
 * Their lines name no bundle; `hargaIds` holds every line's resource.
 */
export async function insertPekerjaanRows(
  tx: Tx,
  projectId: string,
  rows: readonly PekerjaanRow[],
  hargaIds: ReadonlyMap<string, string>,
): Promise<void> {
  await inBatches(rows, (p) => insertPekerjaan(tx, projectId, p));
  await insertLines(tx, projectId, rows, new Map(), hargaIds);
}

async function insertPekerjaan(tx: Tx, projectId: string, p: readonly PekerjaanRow[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "Pekerjaan" (id, "projectId", "subKlasifikasiId", position, source, "ahspItemId", "ahspEdition", kode, uraian, satuan,
                             volume, "volumeFormula", "overheadProfitPercent", "updatedAt")
    SELECT t.id, ${projectId}::uuid, t.parent, t.position, t.source::"PekerjaanSource", t.ahsp, t.edition, t.kode, t.uraian, t.satuan,
           t.volume, t.formula, t.rate, now()
      FROM unnest(${p.map((r) => r.id)}::uuid[], ${p.map((r) => r.parent)}::uuid[], ${p.map((r) => r.position)}::int[],
                  ${p.map((r) => r.pekerjaan.source)}::text[], ${p.map((r) => r.ahspId)}::uuid[], ${p.map((r) => r.pekerjaan.ahspEdition)}::text[],
                  ${p.map((r) => r.pekerjaan.kode)}::text[], ${p.map((r) => r.pekerjaan.uraian)}::text[],
                  ${p.map((r) => r.pekerjaan.satuan)}::text[], ${p.map((r) => r.pekerjaan.volume ?? "0")}::numeric[],
                  ${p.map((r) => r.pekerjaan.volumeFormula ?? null)}::text[], ${p.map((r) => r.pekerjaan.overheadProfitPercent)}::numeric[])
           AS t(id, parent, position, source, ahsp, edition, kode, uraian, satuan, volume, formula, rate)`;
}

async function insertLines(
  tx: Tx,
  projectId: string,
  pekerjaan: readonly PekerjaanRow[],
  pekerjaanIds: ReadonlyMap<string, string>,
  hargaIds: ReadonlyMap<string, string>,
): Promise<void> {
  const all = pekerjaan.flatMap((r) => r.pekerjaan.lines.map((line, position) => ({ line, position, pekerjaanId: r.id })));
  await inBatches(
    all,
    (lines) => tx.$executeRaw`
    INSERT INTO "PekerjaanLine" (id, "projectId", "pekerjaanId", position, "hargaItemId", koefisien, "bundlePekerjaanId")
    SELECT t.id, ${projectId}::uuid, t.pekerjaan, t.position, t.harga, t.koefisien, t.bundle
      FROM unnest(${lines.map(() => randomUUID())}::uuid[], ${lines.map((l) => l.pekerjaanId)}::uuid[], ${lines.map((l) => l.position)}::int[],
                  ${lines.map((l) => hargaIds.get(l.line.kode)!)}::uuid[], ${lines.map((l) => l.line.koefisien)}::numeric[],
                  ${lines.map((l) => (l.line.bundle === null ? null : pekerjaanIds.get(l.line.bundle)!))}::uuid[])
           AS t(id, pekerjaan, position, harga, koefisien, bundle)`,
  );
}

/** The tree flattened per table with new ids (a pekerjaan's from `pekerjaanId`), parents and positions (0-based, gapless). */
function treeRows(tree: readonly SnapshotKlasifikasi[], firstPosition: number, pekerjaanId: (key: string) => string) {
  const klasifikasi = tree.map((k, i) => ({ id: randomUUID(), name: k.name, position: firstPosition + i, node: k }));
  const subKlasifikasi = klasifikasi.flatMap((k) =>
    k.node.subKlasifikasi.map((s, position) => ({ id: randomUUID(), parent: k.id, name: s.name, position, node: s })),
  );
  const pekerjaan = subKlasifikasi.flatMap((s) =>
    s.node.pekerjaan.map((p, position) => ({ id: pekerjaanId(p.key), parent: s.id, position, pekerjaan: p })),
  );
  return { klasifikasi, subKlasifikasi, pekerjaan };
}

const AHSP_REF_ROW = z.strictObject({ id: z.string(), edition: z.string(), kode: z.string() });

/**
 * The library item of each origin (edition name, item kode), or null when the library no longer
 * has it: the pekerjaan keeps its copied lines and edition name either way.
 */
async function resolveAhsp(tx: Tx, refs: readonly ({ edition: string; kode: string } | null)[]): Promise<(string | null)[]> {
  const wanted = refs.filter((r): r is { edition: string; kode: string } => r !== null);
  if (wanted.length === 0) return refs.map(() => null);
  const found = await queryRows(
    tx,
    "snapshot.resolveAhsp",
    AHSP_REF_ROW,
    Prisma.sql`
    SELECT i.id, e.name AS edition, i.kode
      FROM unnest(${wanted.map((r) => r.edition)}::text[], ${wanted.map((r) => r.kode)}::text[]) AS t(edition, kode)
      JOIN "AhspEdition" e ON e.name = t.edition
      JOIN "AhspItem" i ON i."editionId" = e.id AND i.kode = t.kode`,
  );
  const byRef = new Map(found.map((f) => [`${f.edition}\n${f.kode}`, f.id]));
  return refs.map((r) => (r === null ? null : (byRef.get(`${r.edition}\n${r.kode}`) ?? null)));
}

async function insertParameters(tx: Tx, projectId: string, all: Snapshot["parameters"]): Promise<void> {
  await inBatches(
    all,
    (parameters) => tx.$executeRaw`
    INSERT INTO "Parameter" (id, "projectId", name, value)
    SELECT t.id, ${projectId}::uuid, t.name, t.value
      FROM unnest(${parameters.map(() => randomUUID())}::uuid[], ${parameters.map((p) => p.name)}::text[],
                  ${parameters.map((p) => p.value)}::numeric[]) AS t(id, name, value)`,
  );
}

async function insertJadwal(
  tx: Tx,
  projectId: string,
  all: ProjectSnapshot["jadwal"],
  pekerjaanIds: ReadonlyMap<string, string>,
): Promise<void> {
  await inBatches(
    all,
    (entries) => tx.$executeRaw`
    INSERT INTO "JadwalEntry" (id, "projectId", "pekerjaanId", week, planned, actual, "actualCost", note, "updatedAt")
    SELECT t.id, ${projectId}::uuid, t.pekerjaan, t.week, t.planned, t.actual, t.cost, t.note, now()
      FROM unnest(${entries.map(() => randomUUID())}::uuid[], ${entries.map((e) => pekerjaanIds.get(e.pekerjaan)!)}::uuid[],
                  ${entries.map((e) => e.week)}::int[], ${entries.map((e) => e.planned)}::numeric[], ${entries.map((e) => e.actual)}::numeric[],
                  ${entries.map((e) => e.actualCost)}::numeric[], ${entries.map((e) => e.note)}::text[])
           AS t(id, pekerjaan, week, planned, actual, cost, note)`,
  );
}
