/**
 * A pekerjaan from the reference library: the AHSP item's lines are copied into the project
 * (a snapshot), so a later library update never silently changes an existing budget.
 * - Each resource kode links to the project's price list; a new kode gets harga 0.
 * - A kode the project already has under another kategori is a 400 (at `ahspId`).
 * - A nested library item on a LAIN line is copied as a plain LAIN resource line: it is not a
 *   pekerjaan of the project, so it can not be a bundle. The estimator prices it, or replaces it
 *   with a bundle after converting to ref_modified.
 */
import { fromDb } from "@/lib/kernel/decimal";
import { recordAudit } from "@/lib/audit";
import type { PekerjaanSource } from "@/lib/generated/prisma/client";
import { linkHargaItems } from "@/lib/harga-items/repository";
import { notFound } from "@/lib/projects/not-found";
import { requireFound, type ProjectActor, type Tx } from "@/lib/projects/transaction";
import { writeLines } from "./lines";

export async function createFromAhsp(
  tx: Tx,
  actor: ProjectActor,
  target: { subKlasifikasiId: string; position: number; source: Extract<PekerjaanSource, "ref" | "ref_modified"> },
  ahspId: string,
): Promise<string> {
  const item = await requireFound(
    tx.ahspItem.findUnique({
      where: { id: ahspId },
      include: { edition: { select: { name: true } }, lines: { orderBy: { position: "asc" } } },
    }),
    () => notFound("ahspItem", "ahspId"),
  );
  const lines = item.lines.map((line) => ({
    kategori: line.kategori,
    kode: line.kodeItem,
    uraian: line.uraianItem,
    satuan: line.satuanItem,
    koefisien: fromDb(line.koefisien),
    path: "ahspId",
  }));
  const hargaIds = await linkHargaItems(tx, actor.projectId, lines, { rename: false });
  const pekerjaan = await tx.pekerjaan.create({
    data: {
      projectId: actor.projectId,
      ...target,
      ahspItemId: item.id,
      ahspEdition: item.edition.name,
      kode: item.kode,
      uraian: item.uraian,
      satuan: item.satuan,
    },
  });
  await writeLines(tx, actor.projectId, pekerjaan.id, lines, hargaIds);
  await recordAudit(tx, actor, {
    entity: "pekerjaan",
    entityId: pekerjaan.id,
    action: "create",
    after: { source: target.source, ahspKode: item.kode, ahspEdition: item.edition.name, lineCount: lines.length },
  });
  return pekerjaan.id;
}
