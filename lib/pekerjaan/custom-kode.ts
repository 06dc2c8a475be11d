/**
 * The kode a custom pekerjaan gets when it is created without one: CUST-001, CUST-002, … per
 * project. The next one is one past the highest CUST-number the project's pekerjaan carry now,
 * read under the project lock, so two parallel creates never get the same. Nothing is stored
 * beside the kodes themselves: copies, backups, templates and restored versions carry them, and
 * numbering goes on from whatever they hold. A number freed in the middle (a delete, a rename) is
 * never handed out again; only deleting the highest one lets the next create take it again.
 */
import { z } from "zod";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/projects/transaction";

export const CUSTOM_KODE_PREFIX = "CUST-";
/** CUST-001 … CUST-999, then CUST-1000: three digits sort well in a sheet of a few hundred items. */
const DIGITS = 3;

const NEXT_ROW = z.strictObject({ next: z.string() });

export async function nextCustomKode(tx: Tx, projectId: string): Promise<string> {
  const [row] = await queryRows(
    tx,
    "pekerjaan.nextCustomKode",
    NEXT_ROW,
    // numeric, not int: a hand-typed CUST-99999999999 must not overflow.
    Prisma.sql`
    SELECT (coalesce(max(substring(kode FROM ${CUSTOM_KODE_PREFIX.length + 1}::int)::numeric), 0) + 1)::text AS next
      FROM "Pekerjaan" WHERE "projectId" = ${projectId}::uuid AND kode ~ ${`^${CUSTOM_KODE_PREFIX}[0-9]+$`}`,
  );
  return `${CUSTOM_KODE_PREFIX}${row!.next.padStart(DIGITS, "0")}`;
}
