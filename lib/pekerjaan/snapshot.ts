/**
 * Pekerjaan from the reference library: each AHSP item's lines are copied into the project
 * (a snapshot), so a later library update never silently changes an existing budget.
 * - Each resource kode links to the project's price list; a new kode gets harga 0.
 * - A kode the project already has under another kategori is a 400 (at the item's `path`).
 * - A nested library item on a LAIN line is copied as a plain LAIN resource line: it is not a
 *   pekerjaan of the project, so it can not be a bundle. The estimator prices it, or replaces it
 *   with a bundle after converting to ref_modified.
 * One item (POST …/pekerjaan) and up to 200 (POST …/pekerjaan/batch) take this same path, in
 * the same statements whatever the count: one read of the items, one of their lines, the price
 * list links, one INSERT of pekerjaan and one of lines (per 2,000 lines, lib/snapshot/write.ts).
 */
import { randomUUID } from "node:crypto";
import { ApiError } from "@/lib/kernel/errors";
import { koefisienText } from "@/lib/kernel/decimal";
import type { PekerjaanSource } from "@/lib/generated/prisma/client";
import { linkHargaItems } from "@/lib/harga-items/repository";
import { notFound } from "@/lib/projects/not-found";
import type { ProjectActor, Tx } from "@/lib/projects/transaction";
import { insertPekerjaanRows } from "@/lib/snapshot/write";

export type LibrarySource = Extract<PekerjaanSource, "ref" | "ref_modified">;

export interface LibraryPick {
  ahspId: string;
  source: LibrarySource;
  /** Request field blamed for this item, e.g. "ahspId" or "items.3.ahspId". */
  path: string;
}

/** What one created pekerjaan came from, for the audit trail. */
export interface CreatedFromAhsp {
  id: string;
  source: LibrarySource;
  /** The library item's kode, which the pekerjaan takes. */
  kode: string;
  uraian: string;
  ahspEdition: string;
  lineCount: number;
}

/** Appends one pekerjaan per pick to the sub-klasifikasi, from `position` on, in the order given. */
export async function createFromAhsp(
  tx: Tx,
  actor: ProjectActor,
  target: { subKlasifikasiId: string; position: number },
  picks: readonly LibraryPick[],
): Promise<CreatedFromAhsp[]> {
  const items = await readItems(tx, picks);
  const lines = picks.flatMap((pick) =>
    items.get(pick.ahspId)!.lines.map((line) => ({
      kategori: line.kategori,
      kode: line.kodeItem,
      uraian: line.uraianItem,
      satuan: line.satuanItem,
      koefisien: koefisienText(line.koefisien),
      path: pick.path,
    })),
  );
  const hargaIds = await linkHargaItems(tx, actor.projectId, lines, { rename: false });
  const rows = picks.map((pick, i) => {
    const item = items.get(pick.ahspId)!;
    const id = randomUUID();
    return {
      id,
      parent: target.subKlasifikasiId,
      position: target.position + i,
      ahspId: item.id,
      pekerjaan: {
        key: id,
        source: pick.source,
        ahsp: null,
        ahspEdition: item.edition.name,
        kode: item.kode,
        uraian: item.uraian,
        satuan: item.satuan,
        overheadProfitPercent: null,
        lines: item.lines.map((line) => ({ kode: line.kodeItem, koefisien: koefisienText(line.koefisien), bundle: null })),
        // A new pekerjaan starts with a plain volume of 0: no take-off rows.
        takeoff: [],
      },
    };
  });
  await insertPekerjaanRows(tx, actor.projectId, rows, hargaIds);
  return rows.map(({ id, pekerjaan: p }, i) => ({
    id,
    source: picks[i]!.source,
    kode: p.kode,
    uraian: p.uraian,
    ahspEdition: p.ahspEdition,
    lineCount: p.lines.length,
  }));
}

/** The picked items with their lines; every unknown id is named by its path (404). */
async function readItems(tx: Tx, picks: readonly LibraryPick[]) {
  const ids = [...new Set(picks.map((p) => p.ahspId))];
  const found = await tx.ahspItem.findMany({
    where: { id: { in: ids } },
    include: { edition: { select: { name: true } }, lines: { orderBy: { position: "asc" } } },
  });
  const byId = new Map(found.map((item) => [item.id, item]));
  const missing = picks.filter((p) => !byId.has(p.ahspId));
  if (missing.length === 1) throw notFound("ahspItem", missing[0]!.path);
  if (missing.length > 1) {
    const message = `${missing.length} item AHSP tidak ditemukan.`;
    throw new ApiError("NOT_FOUND", message, { fields: missing.map((p) => ({ path: p.path, message: "Item AHSP tidak ditemukan." })) });
  }
  return byId;
}
