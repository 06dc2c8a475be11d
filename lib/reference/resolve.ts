/**
 * Kode AHSP (a list pasted from an old RAB) → library items, in one statement. A kode matches
 * whatever its case; one that several editions hold resolves in the edition asked for, else in
 * the most recently imported one. Every distinct kode is either found or listed as unknown.
 */
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import type { KodeResolution } from "./types";

const RESOLVED_ROW = z.strictObject({
  ord: z.number(),
  id: z.string(),
  kode: z.string(),
  uraian: z.string(),
  satuan: z.string(),
  lineCount: z.number(),
  editionId: z.string(),
  editionName: z.string(),
});

export async function resolveKodes(kodes: readonly string[], editionId?: string): Promise<KodeResolution> {
  const wanted = distinctKodes(kodes);
  const rows = await queryRows(
    db(),
    "reference.resolveKodes",
    RESOLVED_ROW,
    // lower(kode) = … uses the lower(kode) index of the kode search.
    Prisma.sql`
    SELECT DISTINCT ON (t.ord) t.ord::int AS ord, i.id, i.kode, i.uraian, i.satuan, i."lineCount",
           e.id AS "editionId", e.name AS "editionName"
      FROM unnest(${wanted.map((k) => k.toLowerCase())}::text[]) WITH ORDINALITY AS t(kode, ord)
      JOIN "AhspItem" i ON lower(i.kode) = t.kode
      JOIN "AhspEdition" e ON e.id = i."editionId"
     WHERE (${editionId ?? null}::uuid IS NULL OR e.id = ${editionId ?? null}::uuid)
     ORDER BY t.ord, e."importedAt" DESC, e.name`,
  );
  const byOrd = new Map(rows.map((row) => [row.ord, row]));
  return {
    found: rows.map(({ id, kode, uraian, satuan, lineCount, editionId: eid, editionName }) => ({
      kode,
      ahspId: id,
      uraian,
      satuan,
      lineCount,
      edition: { id: eid, name: editionName },
    })),
    // WITH ORDINALITY counts from 1.
    unknown: wanted.filter((_, i) => !byOrd.has(i + 1)),
  };
}

/** Each kode once, the first spelling of it kept. */
function distinctKodes(kodes: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const kode of kodes) if (!seen.has(kode.toLowerCase())) seen.set(kode.toLowerCase(), kode);
  return [...seen.values()];
}
