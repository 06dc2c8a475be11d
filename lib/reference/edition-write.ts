import "server-only";
import { z } from "zod";
import { validateAhspItems, type AhspItem } from "@/lib/ahsp";
import { db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { logger } from "@/lib/observability/logger";
import { Prisma } from "@/lib/generated/prisma/client";
import { itemColumns, lineColumns } from "./columns";
import { ImportError } from "./errors";
import { editionSummarySelect, type EditionSummary } from "./editions";
import type { ReportSummary } from "./types";

type Tx = Prisma.TransactionClient;

export interface EditionWrite {
  name: string;
  /** Left undefined, the edition keeps the citation it has. */
  citation?: string;
  items: readonly AhspItem[];
  /** ahspContentHash(items): equal to the stored one means the import is a no-op. */
  contentHash: string;
  importedById?: string;
  /** The file's validation report, kept with the edition for admins (also on an unchanged re-import). */
  report?: ReportSummary;
}

export type WriteStatus = "created" | "replaced" | "unchanged";

export interface EditionWriteOutcome {
  status: WriteStatus;
  edition: EditionSummary;
  /** Items of the previous import that the new file no longer has. */
  removedItems: number;
  durationMs: number;
}

interface LockedEdition {
  id: string;
  contentHash: string | null;
  created: boolean;
}

// The full national list is written in about a second; the margin covers slow disks.
const TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 15_000 };

/**
 * Replaces an edition's items and lines in one transaction: either the whole new content
 * is visible or none of it. Items keep their id when their kode survives (projects and
 * links point at ids); lines are rewritten. Concurrent imports of one edition queue on
 * the edition row's lock.
 */
export async function writeEdition(input: EditionWrite): Promise<EditionWriteOutcome> {
  const problems = validateAhspItems(input.items);
  if (input.items.length === 0 || problems.length > 0) {
    const first = problems[0];
    throw new ImportError("INVALID_ITEMS", first ? `Item ${first.kode}: ${first.message}` : "Tidak ada item untuk diimpor.");
  }
  const started = performance.now();
  const result = await db().$transaction(async (tx) => {
    const edition = await lockEdition(tx, input);
    if (!edition.created && edition.contentHash === input.contentHash) {
      return { status: "unchanged" as const, removedItems: 0, edition: await updateUnchanged(tx, edition.id, input) };
    }
    const removedItems = await replaceContent(tx, edition.id, input.items);
    const summary = await finishEdition(tx, edition.id, input);
    return { status: edition.created ? ("created" as const) : ("replaced" as const), removedItems, edition: summary };
  }, TRANSACTION_OPTIONS);
  if (result.status !== "unchanged") await tidyAfterRewrite();
  return { ...result, durationMs: performance.now() - started };
}

/**
 * A bulk rewrite leaves the GIN indexes' new entries in their unsorted pending lists and
 * the statistics stale: searches would scan those lists or pick sequential scans (5-10x
 * slower on the full list) until autovacuum came by. VACUUM cannot run in a transaction,
 * and the import has committed by now, so a failure here is only logged.
 */
async function tidyAfterRewrite(): Promise<void> {
  try {
    await db().$executeRaw`VACUUM (ANALYZE) "AhspItem", "AhspLine"`;
  } catch (error) {
    logger.warn({ err: error }, "VACUUM after an AHSP import failed; autovacuum will catch up");
  }
}

const LOCKED_EDITION_ROW = z.strictObject({ id: z.string(), contentHash: z.string().nullable() });

/** Creates the edition when new, then holds its row lock until the transaction ends. */
async function lockEdition(tx: Tx, input: EditionWrite): Promise<LockedEdition> {
  const inserted = await tx.$executeRaw`
    INSERT INTO "AhspEdition" (id, name, citation) VALUES (gen_random_uuid(), ${input.name}, ${input.citation ?? null})
    ON CONFLICT (name) DO NOTHING`;
  const rows = await queryRows(
    tx,
    "reference.lockEdition",
    LOCKED_EDITION_ROW,
    Prisma.sql`
    SELECT id, "contentHash" FROM "AhspEdition" WHERE name = ${input.name} FOR UPDATE`,
  );
  const row = rows[0];
  if (!row) throw new Error(`edition ${input.name} vanished inside its own transaction`);
  return { ...row, created: inserted === 1 };
}

async function replaceContent(tx: Tx, editionId: string, items: readonly AhspItem[]): Promise<number> {
  const kodes = await upsertItems(tx, editionId, items);
  const removed = await tx.$executeRaw`
    DELETE FROM "AhspItem" WHERE "editionId" = ${editionId}::uuid AND NOT (kode = ANY(${kodes}::text[]))`;
  await tx.$executeRaw`
    DELETE FROM "AhspLine" l USING "AhspItem" i WHERE l."itemId" = i.id AND i."editionId" = ${editionId}::uuid`;
  await insertLines(tx, editionId, items);
  // The search's stored vectors and vocabulary (see the ahsp_search_ranking migration),
  // rebuilt here so they commit together with the items they describe.
  await tx.$executeRaw`REFRESH MATERIALIZED VIEW ahsp_search_document`;
  await tx.$executeRaw`REFRESH MATERIALIZED VIEW ahsp_vocabulary`;
  return removed;
}

/** Insert or update by (edition, kode): a surviving kode keeps its id. Returns the kodes. */
async function upsertItems(tx: Tx, editionId: string, items: readonly AhspItem[]): Promise<string[]> {
  const c = itemColumns(items);
  await tx.$executeRaw`
    INSERT INTO "AhspItem" (id, "editionId", kode, uraian, satuan, citation, klasifikasi, "subKlasifikasi", position, "lineCount")
    SELECT gen_random_uuid(), ${editionId}::uuid, u.kode, u.uraian, u.satuan, u.citation, u.klasifikasi, u.sub, u.position, u.line_count
    FROM unnest(${c.kode}::text[], ${c.uraian}::text[], ${c.satuan}::text[], ${c.citation}::text[], ${c.klasifikasi}::text[],
                ${c.subKlasifikasi}::text[], ${c.position}::int[], ${c.lineCount}::int[])
      AS u(kode, uraian, satuan, citation, klasifikasi, sub, position, line_count)
    ON CONFLICT ("editionId", kode) DO UPDATE SET
      uraian = EXCLUDED.uraian, satuan = EXCLUDED.satuan, citation = EXCLUDED.citation,
      klasifikasi = EXCLUDED.klasifikasi, "subKlasifikasi" = EXCLUDED."subKlasifikasi",
      position = EXCLUDED.position, "lineCount" = EXCLUDED."lineCount"`;
  return c.kode;
}

/** Every line in one statement; nested references resolve to item ids by kode in SQL. */
async function insertLines(tx: Tx, editionId: string, items: readonly AhspItem[]): Promise<void> {
  const c = lineColumns(items);
  const inserted = await tx.$executeRaw`
    INSERT INTO "AhspLine" (id, "itemId", position, kategori, "kodeItem", "uraianItem", "satuanItem", koefisien, "nestedItemId")
    SELECT gen_random_uuid(), i.id, u.position, u.kategori::"Kategori", u.kode_item, u.uraian_item, u.satuan_item,
           u.koefisien::numeric, n.id
    FROM unnest(${c.itemKode}::text[], ${c.position}::int[], ${c.kategori}::text[], ${c.kodeItem}::text[],
                ${c.uraianItem}::text[], ${c.satuanItem}::text[], ${c.koefisien}::text[], ${c.nestedKode}::text[])
      AS u(item_kode, position, kategori, kode_item, uraian_item, satuan_item, koefisien, nested_kode)
    JOIN "AhspItem" i ON i."editionId" = ${editionId}::uuid AND i.kode = u.item_kode
    LEFT JOIN "AhspItem" n ON n."editionId" = ${editionId}::uuid AND n.kode = u.nested_kode`;
  // A line whose item did not join would vanish silently; refuse (and roll back) instead.
  if (inserted !== c.itemKode.length) throw new Error(`inserted ${inserted} of ${c.itemKode.length} AHSP lines`);
}

async function finishEdition(tx: Tx, editionId: string, input: EditionWrite): Promise<EditionSummary> {
  return tx.ahspEdition.update({
    where: { id: editionId },
    data: {
      contentHash: input.contentHash,
      itemCount: input.items.length,
      lineCount: input.items.reduce((sum, item) => sum + item.lines.length, 0),
      importedAt: new Date(),
      importedById: input.importedById ?? null,
      ...(input.citation !== undefined && { citation: input.citation }),
      ...reportData(input.report),
    },
    select: editionSummarySelect,
  });
}

/**
 * Same content: only a newly given citation is stored, and the report (an edition imported
 * before reports were kept gets one from its next, otherwise idle, import).
 */
async function updateUnchanged(tx: Tx, editionId: string, input: EditionWrite): Promise<EditionSummary> {
  const data = { ...(input.citation !== undefined && { citation: input.citation }), ...reportData(input.report) };
  if (Object.keys(data).length === 0) return tx.ahspEdition.findUniqueOrThrow({ where: { id: editionId }, select: editionSummarySelect });
  return tx.ahspEdition.update({ where: { id: editionId }, data, select: editionSummarySelect });
}

function reportData(report: ReportSummary | undefined): { report?: Prisma.InputJsonValue } {
  // A plain JSON document (counts, strings, arrays); the interface only lacks an index signature.
  return report === undefined ? {} : { report: report as unknown as Prisma.InputJsonValue };
}
