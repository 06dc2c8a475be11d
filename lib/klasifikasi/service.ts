/**
 * Klasifikasi and sub-klasifikasi: the two upper levels of the List Pekerjaan tree.
 * Create appends, PATCH renames and/or moves within the parent, DELETE removes the node with
 * everything below it (refused while a pekerjaan below is a bundle of one outside). Each writes
 * one audit entry naming the node, so the change feed can say who reshaped the tree.
 */
import "server-only";
import { recordAudit, sentFields } from "@/lib/audit";
import { deletePekerjaanSet } from "@/lib/pekerjaan/bundles";
import { nextPosition, placeAt } from "@/lib/projects/positions";
import { inProjectTransaction, type ProjectActor, type Tx } from "@/lib/projects/transaction";
import { requireKlasifikasi, requireSubKlasifikasi } from "./repository";
import type { CreateNodeInput, UpdateNodeInput } from "./schemas";

export interface NodeView {
  id: string;
  name: string;
  position: number;
}

const nodeSelect = { id: true, name: true, position: true } as const;

export function createKlasifikasi(actor: ProjectActor, input: CreateNodeInput): Promise<NodeView> {
  return inProjectTransaction(
    actor,
    async (tx) => {
      const position = await nextPosition(tx, "Klasifikasi", actor.projectId);
      const node = await tx.klasifikasi.create({ data: { projectId: actor.projectId, name: input.name, position }, select: nodeSelect });
      return recordCreate(tx, actor, "klasifikasi", node);
    },
    { grows: true },
  );
}

export function updateKlasifikasi(actor: ProjectActor, klasifikasiId: string, input: UpdateNodeInput): Promise<NodeView> {
  return inProjectTransaction(actor, async (tx) => {
    const before = await requireKlasifikasi(tx, actor.projectId, klasifikasiId);
    if (input.position !== undefined) await placeAt(tx, "Klasifikasi", actor.projectId, klasifikasiId, input.position);
    const after = await tx.klasifikasi.update({ where: { id: klasifikasiId }, data: { name: input.name }, select: nodeSelect });
    return recordUpdate(tx, actor, "klasifikasi", before, after, input);
  });
}

export function deleteKlasifikasi(actor: ProjectActor, klasifikasiId: string): Promise<{ id: string }> {
  return inProjectTransaction(actor, async (tx) => {
    const node = await requireKlasifikasi(tx, actor.projectId, klasifikasiId);
    await deleteSubtree(tx, actor, "klasifikasi", node, { subKlasifikasi: { klasifikasiId } });
    await tx.klasifikasi.delete({ where: { id: klasifikasiId } });
    return { id: klasifikasiId };
  });
}

export function createSubKlasifikasi(actor: ProjectActor, klasifikasiId: string, input: CreateNodeInput): Promise<NodeView> {
  return inProjectTransaction(
    actor,
    async (tx) => {
      await requireKlasifikasi(tx, actor.projectId, klasifikasiId);
      const position = await nextPosition(tx, "SubKlasifikasi", klasifikasiId);
      const node = await tx.subKlasifikasi.create({
        data: { projectId: actor.projectId, klasifikasiId, name: input.name, position },
        select: nodeSelect,
      });
      return recordCreate(tx, actor, "subKlasifikasi", node);
    },
    { grows: true },
  );
}

export function updateSubKlasifikasi(
  actor: ProjectActor,
  ids: { klasifikasiId: string; subKlasifikasiId: string },
  input: UpdateNodeInput,
): Promise<NodeView> {
  return inProjectTransaction(actor, async (tx) => {
    const before = await requireSubKlasifikasi(tx, actor.projectId, ids.subKlasifikasiId, { klasifikasiId: ids.klasifikasiId });
    if (input.position !== undefined) {
      await placeAt(tx, "SubKlasifikasi", ids.klasifikasiId, ids.subKlasifikasiId, input.position);
    }
    const after = await tx.subKlasifikasi.update({ where: { id: ids.subKlasifikasiId }, data: { name: input.name }, select: nodeSelect });
    return recordUpdate(tx, actor, "subKlasifikasi", before, after, input);
  });
}

export function deleteSubKlasifikasi(
  actor: ProjectActor,
  ids: { klasifikasiId: string; subKlasifikasiId: string },
): Promise<{ id: string }> {
  return inProjectTransaction(actor, async (tx) => {
    const node = await requireSubKlasifikasi(tx, actor.projectId, ids.subKlasifikasiId, {
      klasifikasiId: ids.klasifikasiId,
    });
    await deleteSubtree(tx, actor, "subKlasifikasi", node, { subKlasifikasiId: ids.subKlasifikasiId });
    await tx.subKlasifikasi.delete({ where: { id: ids.subKlasifikasiId } });
    return { id: ids.subKlasifikasiId };
  });
}

type NodeEntity = "klasifikasi" | "subKlasifikasi";

async function recordCreate(tx: Tx, actor: ProjectActor, entity: NodeEntity, node: NodeView): Promise<NodeView> {
  await recordAudit(tx, actor, { entity, entityId: node.id, action: "create", after: { name: node.name, position: node.position } });
  return node;
}

/** A rename or a move records the fields it was sent; the siblings renumbered around it are no change of theirs. */
async function recordUpdate(
  tx: Tx,
  actor: ProjectActor,
  entity: NodeEntity,
  before: NodeView,
  after: NodeView,
  input: UpdateNodeInput,
): Promise<NodeView> {
  await recordAudit(tx, actor, { entity, entityId: after.id, action: "update", ...sentFields(before, after, Object.keys(input)) });
  return after;
}

/** Deletes the pekerjaan below a node and records what went. */
async function deleteSubtree(
  tx: Tx,
  actor: ProjectActor,
  entity: NodeEntity,
  node: { id: string; name: string },
  below: { subKlasifikasiId: string } | { subKlasifikasi: { klasifikasiId: string } },
): Promise<void> {
  const pekerjaan = await tx.pekerjaan.findMany({ where: { projectId: actor.projectId, ...below }, select: { id: true } });
  await deletePekerjaanSet(
    tx,
    actor.projectId,
    pekerjaan.map((p) => p.id),
  );
  await recordAudit(tx, actor, {
    entity,
    entityId: node.id,
    action: "delete",
    before: { name: node.name, pekerjaanCount: pekerjaan.length },
  });
}
