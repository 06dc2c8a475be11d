/**
 * Volumes: a fixed value, or a formula over the project's parameters evaluated by the calc
 * engine's safe evaluator (no eval). A formula's result is stored rounded half-up to the
 * column's 3 dp, together with the formula, so parameter changes can re-evaluate it.
 */
import { z } from "zod";
import { ApiError } from "@/lib/kernel/errors";
import { assertRowVersions, type RowVersion } from "@/lib/kernel/edit-version";
import { fromDb, toDbDecimal, volumeText } from "@/lib/kernel/decimal";
import { recordAudit } from "@/lib/audit";
import { type Decimal, evaluateFormula, FormulaError, formulaDependencies, ParameterScope, roundQty } from "@/lib/calc";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/projects/not-found";
import { inProjectTransaction, type ProjectActor, type Tx } from "@/lib/projects/transaction";
import { describePekerjaan, requirePekerjaan } from "./repository";
import type { VolumeInput, VolumesInput } from "./schemas";
import type { ReevaluatedVolume, VolumeView } from "./types";

const VOLUME_LIMIT = 1e15; // DECIMAL(18, 3)

/** One pekerjaan's volume; a stale editVersion is a 409. */
export function setVolume(actor: ProjectActor, pekerjaanId: string, input: VolumeInput): Promise<VolumeView> {
  return inProjectTransaction(actor, async (tx) => {
    const before = await requirePekerjaan(tx, actor.projectId, pekerjaanId);
    await assertVolumeVersions([{ ...volumeRow(before, input.editVersion), path: "" }]);
    const volume =
      input.formula === undefined ? input.value! : evaluateVolume(input.formula, await parameterScope(tx, actor.projectId), "formula");
    const after = await tx.pekerjaan.update({
      where: { id: pekerjaanId },
      data: { volume: toDbDecimal(volume), volumeFormula: input.formula ?? null },
    });
    await recordAudit(tx, actor, {
      entity: "pekerjaan.volume",
      entityId: pekerjaanId,
      action: "update",
      before: toVolumeView(before),
      after: toVolumeView(after),
    });
    return toVolumeView(after);
  });
}

/**
 * Several volumes in one transaction and one UPDATE (a paste into the Volume grid): an
 * unknown or repeated pekerjaan, or a formula that does not evaluate, is a 400 at its item;
 * an item whose editVersion is stale a 409. Nothing is written then.
 */
export function setVolumes(actor: ProjectActor, input: VolumesInput): Promise<{ items: VolumeView[] }> {
  return inProjectTransaction(actor, async (tx) => {
    const ids = input.items.map((item) => item.pekerjaanId);
    const rows = await tx.pekerjaan.findMany({
      where: { projectId: actor.projectId, id: { in: ids } },
      select: { id: true, kode: true, uraian: true, volume: true, volumeFormula: true, editVersion: true },
    });
    const stored = new Map(rows.map((row) => [row.id, row]));
    const before = new Map(rows.map((row) => [row.id, toVolumeView(row)]));
    // Another project's pekerjaan answers exactly like a missing one, as everywhere.
    const missing = ids.findIndex((id) => !before.has(id));
    if (missing >= 0) throw notFound("pekerjaan", `items.${missing}.pekerjaanId`);
    const problems = ids.flatMap((id, i) =>
      ids.indexOf(id) === i ? [] : [{ path: `items.${i}.pekerjaanId`, message: "Pekerjaan dikirim lebih dari sekali." }],
    );
    if (problems.length > 0) throw ApiError.validation(problems, problems[0]!.message);
    await assertVolumeVersions(
      input.items.map((item, i) => ({ ...volumeRow(stored.get(item.pekerjaanId)!, item.editVersion), path: `items.${i}` })),
    );

    const scope = input.items.some((item) => item.formula !== undefined) ? await parameterScope(tx, actor.projectId) : null;
    const volumes = input.items.map((item, i) =>
      item.formula === undefined ? item.value! : evaluateVolume(item.formula, scope!, `items.${i}.formula`),
    );
    const formulas = input.items.map((item) => item.formula ?? null);
    const moved = await queryRows(
      tx,
      "pekerjaan.setVolumes",
      MOVED_ROW,
      Prisma.sql`
      UPDATE "Pekerjaan" AS p SET volume = v.volume, "volumeFormula" = v.formula, "updatedAt" = now()
      FROM unnest(${ids}::uuid[], ${volumes.map(toDbDecimal)}::numeric[], ${formulas}::text[]) AS v(id, volume, formula)
      WHERE p.id = v.id
      RETURNING p.id, p."editVersion"`,
    );
    const editVersions = new Map(moved.map((row) => [row.id, row.editVersion]));
    const after = ids.map((id, i) => ({
      id,
      volume: volumeText(volumes[i]!),
      volumeFormula: formulas[i]!,
      editVersion: editVersions.get(id)!,
    }));
    await recordAudit(tx, actor, { entity: "pekerjaan.volume", action: "update", before: ids.map((id) => before.get(id)!), after });
    return { items: after };
  });
}

const MOVED_ROW = z.strictObject({ id: z.string(), editVersion: z.number() });

type StoredVolume = { id: string; volume: { toString(): string }; volumeFormula: string | null; editVersion: number };

function toVolumeView(p: StoredVolume): VolumeView {
  return { id: p.id, volume: volumeText(p.volume), volumeFormula: p.volumeFormula, editVersion: p.editVersion };
}

type VolumeRow = RowVersion & { view: VolumeView };

function volumeRow(p: StoredVolume & { kode: string | null; uraian: string }, sent: number | undefined): Omit<VolumeRow, "path"> {
  return { label: `Volume ${describePekerjaan(p)}`, sent, current: p.editVersion, view: toVolumeView(p) };
}

/**
 * The Volume grid's row versions, the pekerjaan's editVersion (README "Perubahan bersamaan"): a
 * stale one is a 409 showing the volume as it is now.
 */
function assertVolumeVersions(rows: readonly VolumeRow[]): Promise<void> {
  return assertRowVersions(rows, async (stale) => stale.map((row) => row.view));
}

export async function parameterScope(tx: Tx, projectId: string): Promise<ParameterScope> {
  const params = await tx.parameter.findMany({ where: { projectId }, select: { name: true, value: true } });
  return new ParameterScope(new Map(params.map((p) => [p.name, fromDb(p.value)])));
}

/**
 * Evaluates a volume formula; a FormulaError (syntax, unknown name, division by zero…) or an
 * unusable result is a 400 at `path` whose message names the problem.
 */
export function evaluateVolume(formula: string, scope: ParameterScope, path: string, subject = ""): Decimal {
  let value: Decimal;
  try {
    value = evaluateFormula(formula, scope);
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    throw formulaProblem(path, `${subject}${error.message}`, { code: error.code, position: error.position });
  }
  if (value.isNegative()) throw formulaProblem(path, `${subject}Hasil rumus negatif (${value.toFixed()}).`);
  const rounded = roundQty(value, 3);
  if (rounded.gte(VOLUME_LIMIT)) throw formulaProblem(path, `${subject}Hasil rumus terlalu besar.`);
  return rounded;
}

function formulaProblem(path: string, message: string, formula?: { code: string; position: number | null }): ApiError {
  return new ApiError("VALIDATION_ERROR", message, { fields: [{ path, message }], ...(formula ? { formula } : {}) });
}

interface FormulaPekerjaan {
  id: string;
  kode: string | null;
  uraian: string;
  volumeFormula: string;
}

/** Pekerjaan whose volume formula uses parameter `name` (lower case). */
export async function formulasUsing(tx: Tx, projectId: string, name: string): Promise<FormulaPekerjaan[]> {
  const rows = await tx.pekerjaan.findMany({
    where: { projectId, volumeFormula: { not: null } },
    select: { id: true, kode: true, uraian: true, volumeFormula: true },
    orderBy: { uraian: "asc" },
  });
  return (rows as FormulaPekerjaan[]).filter((p) => formulaDependencies(p.volumeFormula).includes(name));
}

/**
 * Re-evaluates the volumes that depend on parameter `name` with the parameters as they are
 * now in `tx`, in one UPDATE. A formula that no longer evaluates (e.g. a new value of 0 under
 * a division) is a 400 at `path` naming the pekerjaan, and the transaction rolls back.
 */
export async function reevaluateVolumes(tx: Tx, projectId: string, name: string, path: string): Promise<ReevaluatedVolume[]> {
  const dependents = await formulasUsing(tx, projectId, name);
  if (dependents.length === 0) return [];
  const scope = await parameterScope(tx, projectId);
  const volumes = dependents.map((p) => evaluateVolume(p.volumeFormula, scope, path, `Volume ${describePekerjaan(p)}: `));
  // The row versions the trigger moved (only where the volume changed) go back to the Volume grid.
  const versions = await tx.$queryRaw<{ id: string; editVersion: number }[]>`
    UPDATE "Pekerjaan" AS p SET volume = v.volume, "updatedAt" = now()
    FROM unnest(${dependents.map((p) => p.id)}::uuid[], ${volumes.map(toDbDecimal)}::numeric[]) AS v(id, volume)
    WHERE p.id = v.id
    RETURNING p.id::text AS id, p."editVersion" AS "editVersion"`;
  const versionOf = new Map(versions.map((v) => [v.id, v.editVersion]));
  return dependents.map((p, i) => ({ id: p.id, volume: volumeText(volumes[i]!), editVersion: versionOf.get(p.id)! }));
}
