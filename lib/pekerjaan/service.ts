/**
 * Pekerjaan: create (custom or from the library), read with lines, edit the header and BUK
 * override, move/reorder, convert ref → ref_modified, delete. Lines: lines.ts; volume:
 * volume.ts.
 */
import "server-only";
import { ApiError } from "@/lib/kernel/errors";
import { toDbDecimal } from "@/lib/kernel/decimal";
import { recordAudit, sentFields } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { requireSubKlasifikasi } from "@/lib/klasifikasi/repository";
import { nextPosition, placeAt } from "@/lib/projects/positions";
import { inProjectTransaction, type ProjectActor, type Tx } from "@/lib/projects/transaction";
import { deletePekerjaanSet } from "./bundles";
import { assertEditable, readPekerjaan, requirePekerjaan } from "./repository";
import { nextCustomKode } from "./custom-kode";
import type { BatchPekerjaanInput, CreatePekerjaanInput, UpdatePekerjaanInput } from "./schemas";
import { createFromAhsp } from "./snapshot";
import type { PekerjaanDetail } from "./types";

export function getPekerjaan(projectId: string, pekerjaanId: string): Promise<PekerjaanDetail> {
  return readPekerjaan(db(), projectId, pekerjaanId);
}

export function createPekerjaan(actor: ProjectActor, input: CreatePekerjaanInput): Promise<PekerjaanDetail> {
  return inProjectTransaction(
    actor,
    async (tx) => {
      const target = await appendTarget(tx, actor.projectId, input.subKlasifikasiId);
      const id =
        input.source === "custom" ? await createCustom(tx, actor, target, input) : await createOneFromAhsp(tx, actor, target, input);
      return readPekerjaan(tx, actor.projectId, id);
    },
    { grows: true },
  );
}

/**
 * Library items appended to one sub-klasifikasi in the order given, all or nothing, through the
 * single create's path (createFromAhsp) in one pass: the statements do not grow with the count.
 * One audit entry lists them all.
 */
export function createPekerjaanBatch(actor: ProjectActor, input: BatchPekerjaanInput): Promise<{ ids: string[] }> {
  return inProjectTransaction(
    actor,
    async (tx) => {
      const target = await appendTarget(tx, actor.projectId, input.subKlasifikasiId);
      const picks = input.items.map((item, i) => ({ ...item, path: `items.${i}.ahspId` }));
      const created = await createFromAhsp(tx, actor, target, picks);
      await recordAudit(tx, actor, {
        entity: "pekerjaan",
        action: "create",
        after: { subKlasifikasi: target.name, pekerjaanCount: created.length, pekerjaan: created },
      });
      return { ids: created.map((c) => c.id) };
    },
    { grows: true },
  );
}

/** The end of a sub-klasifikasi of the project (404 at `subKlasifikasiId` otherwise), where new pekerjaan go. */
async function appendTarget(tx: Tx, projectId: string, subKlasifikasiId: string) {
  const sub = await requireSubKlasifikasi(tx, projectId, subKlasifikasiId, { path: "subKlasifikasiId" });
  return { subKlasifikasiId: sub.id, name: sub.name, position: await nextPosition(tx, "Pekerjaan", sub.id) };
}

async function createOneFromAhsp(
  tx: Tx,
  actor: ProjectActor,
  target: { subKlasifikasiId: string; position: number },
  input: Extract<CreatePekerjaanInput, { source: "ref" | "ref_modified" }>,
): Promise<string> {
  const [created] = await createFromAhsp(tx, actor, target, [{ ahspId: input.ahspId, source: input.source, path: "ahspId" }]);
  const { id, source, kode, ahspEdition, lineCount } = created!;
  await recordAudit(tx, actor, {
    entity: "pekerjaan",
    entityId: id,
    action: "create",
    after: { source, ahspKode: kode, ahspEdition, lineCount },
  });
  return id;
}

/** A custom pekerjaan starts without lines; the Analisa editor adds them. Without a kode it gets the next CUST-nnn. */
async function createCustom(
  tx: Tx,
  actor: ProjectActor,
  target: { subKlasifikasiId: string; position: number },
  input: Extract<CreatePekerjaanInput, { source: "custom" }>,
): Promise<string> {
  const kode = input.kode || (await nextCustomKode(tx, actor.projectId));
  const header = { kode, uraian: input.uraian, satuan: input.satuan };
  const { subKlasifikasiId, position } = target;
  const { id } = await tx.pekerjaan.create({
    data: { projectId: actor.projectId, subKlasifikasiId, position, source: "custom", ...header },
  });
  await recordAudit(tx, actor, { entity: "pekerjaan", entityId: id, action: "create", after: { source: "custom", ...header } });
  return id;
}

/** Header edits, the BUK override and a move: one audit entry with the fields sent. */
export function updatePekerjaan(actor: ProjectActor, pekerjaanId: string, input: UpdatePekerjaanInput): Promise<PekerjaanDetail> {
  const { subKlasifikasiId, position, overheadProfitPercent, ...header } = input;
  return inProjectTransaction(actor, async (tx) => {
    const before = await readPekerjaan(tx, actor.projectId, pekerjaanId);
    if (Object.values(header).some((v) => v !== undefined)) assertEditable(before);
    const sub = subKlasifikasiId ? await requireSubKlasifikasi(tx, actor.projectId, subKlasifikasiId, { path: "subKlasifikasiId" }) : null;
    await tx.pekerjaan.update({
      where: { id: pekerjaanId },
      data: {
        ...header,
        ...(sub ? { subKlasifikasiId: sub.id } : {}),
        ...(overheadProfitPercent !== undefined
          ? { overheadProfitPercent: overheadProfitPercent && toDbDecimal(overheadProfitPercent) }
          : {}),
      },
    });
    if (sub || position !== undefined) {
      await placeAt(tx, "Pekerjaan", sub?.id ?? before.subKlasifikasiId, pekerjaanId, position);
    }
    const after = await readPekerjaan(tx, actor.projectId, pekerjaanId);
    // The trail shows names: a move records the sub-klasifikasi's, not its id.
    const from = sub && (await tx.subKlasifikasi.findUniqueOrThrow({ where: { id: before.subKlasifikasiId }, select: { name: true } }));
    const keys = Object.keys(input).map((k) => (k === "subKlasifikasiId" ? "subKlasifikasi" : k));
    await recordAudit(tx, actor, {
      entity: "pekerjaan",
      entityId: pekerjaanId,
      action: "update",
      ...sentFields({ ...before, subKlasifikasi: from?.name }, { ...after, subKlasifikasi: sub?.name }, keys),
    });
    return after;
  });
}

/** ref → ref_modified: the lines become editable; the snapshot's origin stays recorded. */
export function convertPekerjaan(actor: ProjectActor, pekerjaanId: string): Promise<PekerjaanDetail> {
  return inProjectTransaction(actor, async (tx) => {
    const pekerjaan = await requirePekerjaan(tx, actor.projectId, pekerjaanId);
    if (pekerjaan.source !== "ref") {
      throw ApiError.conflict(`Hanya pekerjaan bersumber ref yang dapat dikonversi (sumber saat ini: ${pekerjaan.source}).`);
    }
    await tx.pekerjaan.update({ where: { id: pekerjaanId }, data: { source: "ref_modified", editVersion: { increment: 1 } } });
    await recordAudit(tx, actor, {
      entity: "pekerjaan",
      entityId: pekerjaanId,
      action: "convert",
      before: { source: "ref" },
      after: { source: "ref_modified" },
    });
    return readPekerjaan(tx, actor.projectId, pekerjaanId);
  });
}

/** Deletes a pekerjaan and its lines; 409 while another pekerjaan uses it as a bundle. */
export function deletePekerjaan(actor: ProjectActor, pekerjaanId: string): Promise<{ id: string }> {
  return inProjectTransaction(actor, async (tx) => {
    const before = await readPekerjaan(tx, actor.projectId, pekerjaanId);
    await deletePekerjaanSet(tx, actor.projectId, [pekerjaanId]);
    await recordAudit(tx, actor, { entity: "pekerjaan", entityId: pekerjaanId, action: "delete", before });
    return { id: pekerjaanId };
  });
}
