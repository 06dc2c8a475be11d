/**
 * Ordering of the List Pekerjaan tree. Klasifikasi are ordered within the project,
 * sub-klasifikasi within their klasifikasi, pekerjaan within their sub-klasifikasi. One
 * helper serves all three, so reorder and move behave the same at every level.
 */
import { z } from "zod";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "./transaction";

// Fixed identifiers only: the table and column names below never come from a request.
const PARENT_COLUMN = {
  Klasifikasi: "projectId",
  SubKlasifikasi: "klasifikasiId",
  Pekerjaan: "subKlasifikasiId",
} as const;
export type OrderedTable = keyof typeof PARENT_COLUMN;

function identifiers(table: OrderedTable) {
  return { table: Prisma.raw(`"${table}"`), parent: Prisma.raw(`"${PARENT_COLUMN[table]}"`) };
}

const NEXT_ROW = z.strictObject({ next: z.number() });
const ID_ROW = z.strictObject({ id: z.string() });

/** The position after the last child of `parentId`: where a new row is appended. */
export async function nextPosition(tx: Tx, table: OrderedTable, parentId: string): Promise<number> {
  const { table: t, parent } = identifiers(table);
  const [row] = await queryRows(
    tx,
    "positions.next",
    NEXT_ROW,
    Prisma.sql`
    SELECT coalesce(max(position) + 1, 0)::int AS next FROM ${t} WHERE ${parent} = ${parentId}::uuid`,
  );
  return row?.next ?? 0;
}

/**
 * Puts row `id` (already a child of `parentId`) at the 0-based `index` among its siblings,
 * or last when `index` is undefined or past the end, and renumbers the siblings 0..n-1.
 */
export async function placeAt(tx: Tx, table: OrderedTable, parentId: string, id: string, index: number | undefined): Promise<void> {
  const { table: t, parent } = identifiers(table);
  const siblings = await queryRows(
    tx,
    "positions.siblings",
    ID_ROW,
    Prisma.sql`
    SELECT id FROM ${t} WHERE ${parent} = ${parentId}::uuid AND id <> ${id}::uuid ORDER BY position, id`,
  );
  const ids = siblings.map((s) => s.id);
  ids.splice(Math.min(index ?? ids.length, ids.length), 0, id);
  await tx.$executeRaw`
    UPDATE ${t} AS row SET position = (v.ord - 1)::int
    FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS v(id, ord)
    WHERE row.id = v.id`;
}
