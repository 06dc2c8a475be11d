/**
 * PUT …/pekerjaan/{id}/lines: replaces a pekerjaan's analysis lines in one transaction.
 * Every check runs before the transaction commits, so one bad line leaves everything as it
 * was: lines, harga items, editVersion and audit trail.
 */
import { toDbDecimal } from "@/lib/kernel/decimal";
import { recordAudit } from "@/lib/audit";
import { linkHargaItems } from "@/lib/harga-items/repository";
import { inProjectTransaction, type ProjectActor, type Tx } from "@/lib/projects/transaction";
import { assertBundleGraph, assertBundleTargets } from "./bundles";
import { assertEditable, assertPekerjaanEditVersion, readPekerjaan, requirePekerjaan } from "./repository";
import type { LineInput, ReplaceLinesInput } from "./schemas";
import type { PekerjaanDetail } from "./types";

export function replaceLines(actor: ProjectActor, pekerjaanId: string, input: ReplaceLinesInput): Promise<PekerjaanDetail> {
  const { projectId } = actor;
  return inProjectTransaction(
    actor,
    async (tx) => {
      const pekerjaan = await requirePekerjaan(tx, projectId, pekerjaanId);
      assertEditable(pekerjaan);
      assertPekerjaanEditVersion(pekerjaan, input.editVersion);
      await assertBundleTargets(tx, projectId, input.lines);
      const before = await readPekerjaan(tx, projectId, pekerjaanId);

      const hargaIds = await linkHargaItems(
        tx,
        projectId,
        input.lines.map((line, i) => ({ ...line, path: `lines.${i}.kategori` })),
        { rename: true },
      );
      await writeLines(tx, projectId, pekerjaanId, input.lines, hargaIds);
      await tx.pekerjaan.update({ where: { id: pekerjaanId }, data: { editVersion: { increment: 1 } } });
      await assertBundleGraph(tx, projectId, pekerjaanId, input.lines);

      const after = await readPekerjaan(tx, projectId, pekerjaanId);
      await recordAudit(tx, actor, {
        entity: "pekerjaan.lines",
        entityId: pekerjaanId,
        action: "replace",
        before: { editVersion: before.editVersion, lines: before.lines },
        after: { editVersion: after.editVersion, lines: after.lines },
      });
      return after;
    },
    { grows: true },
  );
}

/** Replaces the rows; positions follow the request's order. */
export async function writeLines(
  tx: Tx,
  projectId: string,
  pekerjaanId: string,
  lines: readonly Pick<LineInput, "kode" | "koefisien" | "bundlePekerjaanId">[],
  hargaIds: ReadonlyMap<string, string>,
): Promise<void> {
  await tx.pekerjaanLine.deleteMany({ where: { pekerjaanId } });
  await tx.pekerjaanLine.createMany({
    data: lines.map((line, position) => ({
      projectId,
      pekerjaanId,
      position,
      hargaItemId: hargaIds.get(line.kode)!,
      koefisien: toDbDecimal(line.koefisien),
      bundlePekerjaanId: line.bundlePekerjaanId ?? null,
    })),
  });
}
