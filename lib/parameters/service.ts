/**
 * Project parameters for volume formulas (panjang, lebar…). Changing a value re-evaluates
 * every volume whose formula uses it, in the same transaction. A parameter a formula uses
 * can not be renamed or deleted (409 naming the pekerjaan): the formula would break.
 */
import "server-only";
import { ApiError } from "@/lib/kernel/errors";
import { fromDb, toDbDecimal } from "@/lib/kernel/decimal";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { toDecimalString } from "@/lib/calc";
import { describePekerjaan } from "@/lib/pekerjaan/repository";
import { formulasUsing, reevaluateVolumes } from "@/lib/pekerjaan/volume";
import { notFound } from "@/lib/projects/not-found";
import { inProjectTransaction, type ProjectActor, requireFound, type Tx } from "@/lib/projects/transaction";
import type { CreateParameterInput, UpdateParameterInput } from "./schemas";
import type { ParameterUpdate, ParameterView } from "./types";

type ParameterRow = { id: string; name: string; value: { toString(): string } };

const toView = (p: ParameterRow): ParameterView => ({ id: p.id, name: p.name, value: toDecimalString(fromDb(p.value), 6) });

function requireParameter(tx: Tx, projectId: string, id: string) {
  return requireFound(tx.parameter.findFirst({ where: { id, projectId } }), () => notFound("parameter"));
}

export async function listParameters(projectId: string): Promise<ParameterView[]> {
  const rows = await db().parameter.findMany({ where: { projectId }, orderBy: { name: "asc" } });
  return rows.map(toView);
}

export function createParameter(actor: ProjectActor, input: CreateParameterInput): Promise<ParameterView> {
  return inProjectTransaction(
    actor,
    async (tx) => {
      await assertNameFree(tx, actor.projectId, input.name);
      const row = await tx.parameter.create({
        data: { projectId: actor.projectId, name: input.name, value: toDbDecimal(input.value) },
      });
      await recordAudit(tx, actor, { entity: "parameter", entityId: row.id, action: "create", after: toView(row) });
      return toView(row);
    },
    { grows: true },
  );
}

export function updateParameter(actor: ProjectActor, parameterId: string, input: UpdateParameterInput): Promise<ParameterUpdate> {
  return inProjectTransaction(actor, async (tx) => {
    const before = await requireParameter(tx, actor.projectId, parameterId);
    const renamed = input.name !== undefined && input.name !== before.name;
    if (renamed) {
      await assertUnused(tx, actor.projectId, before.name, "diganti namanya");
      await assertNameFree(tx, actor.projectId, input.name!);
    }
    const after = await tx.parameter.update({
      where: { id: parameterId },
      data: { name: input.name, value: input.value && toDbDecimal(input.value) },
    });
    const reevaluated = input.value ? await reevaluateVolumes(tx, actor.projectId, after.name, "value") : [];
    await recordAudit(tx, actor, {
      entity: "parameter",
      entityId: parameterId,
      action: "update",
      before: toView(before),
      after: { ...toView(after), reevaluated: reevaluated.length },
    });
    return { parameter: toView(after), reevaluated };
  });
}

export function deleteParameter(actor: ProjectActor, parameterId: string): Promise<{ id: string }> {
  return inProjectTransaction(actor, async (tx) => {
    const before = await requireParameter(tx, actor.projectId, parameterId);
    await assertUnused(tx, actor.projectId, before.name, "dihapus");
    await tx.parameter.delete({ where: { id: parameterId } });
    await recordAudit(tx, actor, { entity: "parameter", entityId: parameterId, action: "delete", before: toView(before) });
    return { id: parameterId };
  });
}

async function assertNameFree(tx: Tx, projectId: string, name: string): Promise<void> {
  const clash = await tx.parameter.findFirst({ where: { projectId, name }, select: { id: true } });
  if (clash) throw ApiError.conflict(`Parameter ${name} sudah ada di proyek ini.`);
}

async function assertUnused(tx: Tx, projectId: string, name: string, verb: string): Promise<void> {
  const users = await formulasUsing(tx, projectId, name);
  if (users.length === 0) return;
  throw ApiError.conflict(
    `Parameter ${name} dipakai rumus volume ${users.map(describePekerjaan).join("; ")}, sehingga tidak dapat ${verb}.`,
    { usedBy: users.map((p) => p.id) },
  );
}
