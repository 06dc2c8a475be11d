/**
 * The size ceiling of one project. A server worker runs with a 256 MB heap (WORKER_HEAP_MB) and
 * must build every report, export and backup of a project at these bounds; a real building
 * project has ~2,000 pekerjaan and ~10 lines each. The heaviest export, Rincian AHSP as XLSX,
 * was measured at 170 MB of heap for 5,000 pekerjaan with 50,000 lines, and ran out of a
 * 180 MB heap at 10,000 with 100,000: hence 5,000 and 50,000, not the 20,000 first proposed. Every write that adds rows checks the
 * project's counts after its own rows, inside its transaction (which then rolls back), and
 * every export refuses a project over them (one created before the ceiling existed) instead of
 * running out of memory. A backup file holds at most the same counts (lib/snapshot/format.ts).
 */
import { z } from "zod";
import { ApiError } from "@/lib/kernel/errors";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatInteger } from "@/lib/format/number";
import type { Tx } from "./transaction";

export const PROJECT_LIMITS = {
  klasifikasi: 1_000,
  subKlasifikasi: 2_000,
  pekerjaan: 5_000,
  lines: 50_000,
  // Back-up volume rows: 10 per pekerjaan of a 5,000-pekerjaan project; each is ~100 bytes.
  takeoffRows: 50_000,
  hargaItems: 20_000,
  parameters: 1_000,
  jadwalEntries: 200_000,
} as const;

export type ProjectCounts = Record<keyof typeof PROJECT_LIMITS, number>;

const NOUNS: Record<keyof typeof PROJECT_LIMITS, string> = {
  klasifikasi: "klasifikasi",
  subKlasifikasi: "sub-klasifikasi",
  pekerjaan: "pekerjaan",
  lines: "baris analisa",
  takeoffRows: "baris back-up volume",
  hargaItems: "harga item",
  parameters: "parameter",
  jadwalEntries: "isian jadwal",
};

/** "maksimal 20.000 pekerjaan per proyek". */
export function limitText(kind: keyof typeof PROJECT_LIMITS): string {
  return `maksimal ${formatInteger(PROJECT_LIMITS[kind])} ${NOUNS[kind]} per proyek`;
}

/** "Maksimal 20.000 pekerjaan per proyek." */
export function limitSentence(kind: keyof typeof PROJECT_LIMITS): string {
  const text = limitText(kind);
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** The first bound `counts` passes, or null when the project is within all of them. */
export function exceededLimit(counts: Partial<ProjectCounts>): keyof typeof PROJECT_LIMITS | null {
  const kinds = Object.keys(PROJECT_LIMITS) as (keyof typeof PROJECT_LIMITS)[];
  return kinds.find((kind) => (counts[kind] ?? 0) > PROJECT_LIMITS[kind]) ?? null;
}

const COUNTS_ROW = z.strictObject({
  klasifikasi: z.number(),
  subKlasifikasi: z.number(),
  pekerjaan: z.number(),
  lines: z.number(),
  takeoffRows: z.number(),
  hargaItems: z.number(),
  parameters: z.number(),
  jadwalEntries: z.number(),
}) satisfies z.ZodType<ProjectCounts>;

/** Every count in one statement: each is an index range scan on "projectId". */
export async function countProject(tx: Tx, projectId: string): Promise<ProjectCounts> {
  const [row] = await queryRows(
    tx,
    "projects.counts",
    COUNTS_ROW,
    Prisma.sql`
    SELECT (SELECT count(*) FROM "Klasifikasi" WHERE "projectId" = ${projectId}::uuid)::int AS klasifikasi,
           (SELECT count(*) FROM "SubKlasifikasi" WHERE "projectId" = ${projectId}::uuid)::int AS "subKlasifikasi",
           (SELECT count(*) FROM "Pekerjaan" WHERE "projectId" = ${projectId}::uuid)::int AS pekerjaan,
           (SELECT count(*) FROM "PekerjaanLine" WHERE "projectId" = ${projectId}::uuid)::int AS lines,
           (SELECT count(*) FROM "VolumeTakeoff" WHERE "projectId" = ${projectId}::uuid)::int AS "takeoffRows",
           (SELECT count(*) FROM "HargaItem" WHERE "projectId" = ${projectId}::uuid)::int AS "hargaItems",
           (SELECT count(*) FROM "Parameter" WHERE "projectId" = ${projectId}::uuid)::int AS parameters,
           (SELECT count(*) FROM "JadwalEntry" WHERE "projectId" = ${projectId}::uuid)::int AS "jadwalEntries"`,
  );
  return row!;
}

/** After a write that added rows: 409 when the project now passes a bound (the caller's transaction rolls back). */
export async function assertWithinLimits(tx: Tx, projectId: string): Promise<void> {
  const kind = exceededLimit(await countProject(tx, projectId));
  if (kind) throw tooLarge(`Proyek melebihi batas ukuran: ${limitText(kind)}. Tidak ada yang disimpan.`, kind);
}

/** Before an export: 409 instead of building a document a worker cannot hold. */
export async function assertExportable(tx: Tx, projectId: string): Promise<void> {
  const kind = exceededLimit(await countProject(tx, projectId));
  if (kind) throw tooLarge(`Proyek terlalu besar untuk diekspor: ${limitText(kind)}.`, kind);
}

function tooLarge(message: string, kind: keyof typeof PROJECT_LIMITS): ApiError {
  return ApiError.conflict(message, { reason: "PROJECT_TOO_LARGE", limit: kind, max: PROJECT_LIMITS[kind] });
}
