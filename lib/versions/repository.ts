/**
 * The ProjectVersion table. Rows are inserted once and never updated. The jsonb columns are read
 * only where needed: a list reads the totals columns, a report the rekap or the snapshot without
 * its jadwal, a restore or copy the whole snapshot.
 */
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/kernel/errors";
import type { RekapRabResult } from "@/lib/rekap/types";
import type { ProjectSnapshot } from "@/lib/snapshot/format";
import { withTakeoffLists } from "@/lib/snapshot/upgrade";
import type { Tx } from "@/lib/projects/transaction";
import type { PricedSnapshot } from "./loaded";
import { VERSION_KINDS, type VersionView } from "./types";

type Runner = Tx | ReturnType<typeof db>;

export const versionNotFound = () => ApiError.notFound("Versi tidak ditemukan.");

const VIEW_ROW = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(VERSION_KINDS),
  note: z.string().nullable(),
  automatic: z.boolean(),
  createdAt: z.date(),
  createdById: z.string().nullable(),
  createdByName: z.string().nullable(),
  pekerjaanCount: z.number(),
  totalBiayaLangsung: z.string(),
  ppn: z.string(),
  total: z.string(),
  pembulatan: z.string(),
});

const VIEW_COLUMNS = Prisma.sql`
  v.id, v.name, v.kind::text AS kind, v.note, v.automatic, v."createdAt", v."createdById", u.name AS "createdByName",
  v."pekerjaanCount", v."totalBiayaLangsung"::text AS "totalBiayaLangsung", v.ppn::text AS ppn, v.total::text AS total,
  v.pembulatan::text AS pembulatan`;

function toView(row: z.output<typeof VIEW_ROW>): VersionView {
  const { createdById, createdByName, totalBiayaLangsung, ppn, total, pembulatan, ...rest } = row;
  return {
    ...rest,
    createdBy: createdById === null ? null : { id: createdById, name: createdByName ?? "" },
    totals: { totalBiayaLangsung, ppn, total, pembulatan },
  };
}

/** Newest first. */
export async function listVersionRows(projectId: string): Promise<VersionView[]> {
  const rows = await queryRows(
    db(),
    "versions.list",
    VIEW_ROW,
    Prisma.sql`
    SELECT ${VIEW_COLUMNS}
      FROM "ProjectVersion" v LEFT JOIN "User" u ON u.id = v."createdById"
     WHERE v."projectId" = ${projectId}::uuid
     ORDER BY v."createdAt" DESC, v.id DESC`,
  );
  return rows.map(toView);
}

/** One version of the project, or 404 (a version of another project answers the same). */
export async function findVersionRow(runner: Runner, projectId: string, versionId: string): Promise<VersionView> {
  const [row] = await queryRows(
    runner,
    "versions.find",
    VIEW_ROW,
    Prisma.sql`
    SELECT ${VIEW_COLUMNS}
      FROM "ProjectVersion" v LEFT JOIN "User" u ON u.id = v."createdById"
     WHERE v.id = ${versionId}::uuid AND v."projectId" = ${projectId}::uuid`,
  );
  if (!row) throw versionNotFound();
  return toView(row);
}

const COUNT_ROW = z.strictObject({ count: z.number() });

export async function countVersions(tx: Tx, projectId: string): Promise<number> {
  const [row] = await queryRows(
    tx,
    "versions.count",
    COUNT_ROW,
    Prisma.sql`SELECT count(*)::int AS count FROM "ProjectVersion" WHERE "projectId" = ${projectId}::uuid`,
  );
  return row!.count;
}

export interface NewVersion {
  id: string;
  projectId: string;
  name: string;
  kind: VersionView["kind"];
  note: string | null;
  automatic: boolean;
  createdById: string;
  /** The snapshot and the rekap as JSON text: sent as they are, not serialized again. */
  snapshotJson: string;
  rekapJson: string;
  totals: VersionView["totals"];
  pekerjaanCount: number;
}

export async function insertVersion(tx: Tx, v: NewVersion): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ProjectVersion" (id, "projectId", name, kind, automatic, note, "createdById", snapshot, rekap,
                                  "totalBiayaLangsung", ppn, total, pembulatan, "pekerjaanCount")
    VALUES (${v.id}::uuid, ${v.projectId}::uuid, ${v.name}, ${v.kind}::"VersionKind", ${v.automatic}, ${v.note}, ${v.createdById}::uuid,
            ${v.snapshotJson}::jsonb, ${v.rekapJson}::jsonb, ${v.totals.totalBiayaLangsung}::numeric, ${v.totals.ppn}::numeric,
            ${v.totals.total}::numeric, ${v.totals.pembulatan}::numeric, ${v.pekerjaanCount})`;
}

const JSON_ROW = z.strictObject({ value: z.unknown() });

async function jsonColumn(runner: Runner, name: string, column: Prisma.Sql, projectId: string, versionId: string): Promise<unknown> {
  const [row] = await queryRows(
    runner,
    name,
    JSON_ROW,
    Prisma.sql`SELECT ${column} AS value FROM "ProjectVersion" WHERE id = ${versionId}::uuid AND "projectId" = ${projectId}::uuid`,
  );
  if (!row) throw versionNotFound();
  return row.value;
}

/** The Rekap RAB as it was answered when the version was taken. */
export async function versionRekap(projectId: string, versionId: string): Promise<RekapRabResult> {
  return (await jsonColumn(db(), "versions.rekap", Prisma.sql`rekap`, projectId, versionId)) as RekapRabResult;
}

/** What the reports need: the snapshot without its jadwal (the largest part), left in the database. */
export async function versionPricedSnapshot(projectId: string, versionId: string): Promise<PricedSnapshot> {
  const stored = await jsonColumn(db(), "versions.pricedSnapshot", Prisma.sql`snapshot - 'jadwal'`, projectId, versionId);
  return withTakeoffLists(stored as Record<string, unknown>) as unknown as PricedSnapshot;
}

/** What a version's documents print besides its tree: the project fields and the parameters, as frozen. */
export async function versionHeader(projectId: string, versionId: string): Promise<Pick<ProjectSnapshot, "project" | "parameters">> {
  const column = Prisma.sql`jsonb_build_object('project', snapshot->'project', 'parameters', snapshot->'parameters')`;
  return (await jsonColumn(db(), "versions.header", column, projectId, versionId)) as Pick<ProjectSnapshot, "project" | "parameters">;
}

/** What a version's Jadwal and Kurva S read besides its tree: the calendar and the entries, as frozen. */
export async function versionJadwal(
  projectId: string,
  versionId: string,
): Promise<{ calendar: Pick<ProjectSnapshot["project"], "startDate" | "durationDays" | "weekEndDay">; jadwal: ProjectSnapshot["jadwal"] }> {
  const column = Prisma.sql`jsonb_build_object(
    'calendar', jsonb_build_object('startDate', snapshot->'project'->'startDate', 'durationDays', snapshot->'project'->'durationDays',
                                   'weekEndDay', snapshot->'project'->'weekEndDay'),
    'jadwal', snapshot->'jadwal')`;
  return (await jsonColumn(db(), "versions.jadwal", column, projectId, versionId)) as Awaited<ReturnType<typeof versionJadwal>>;
}

/**
 * The whole snapshot (restore, copy). Written by this app (lib/versions/service.ts) in the
 * snapshot format of its time: versions taken before format 3 (issue 18) have no back-up volume
 * rows and are read as having none (lib/snapshot/upgrade.ts); a later format must do the same.
 */
export async function versionSnapshot(runner: Runner, projectId: string, versionId: string): Promise<ProjectSnapshot> {
  const stored = await jsonColumn(runner, "versions.snapshot", Prisma.sql`snapshot`, projectId, versionId);
  return withTakeoffLists(stored as Record<string, unknown>) as unknown as ProjectSnapshot;
}
