/**
 * Volumes: a fixed value, a formula over the project's parameters evaluated by the calc
 * engine's safe evaluator (no eval), or a back-up volume (take-off) list whose printed results
 * add up to the volume (./takeoff.ts). A formula's result is stored rounded half-up to the
 * column's 3 dp, together with the formula, and a take-off row's result beside its formula, so
 * parameter changes can re-evaluate both. The three are exclusive: setting a value or formula
 * removes the pekerjaan's take-off rows, and an empty take-off list ends the take-off keeping the
 * volume it added up to as a fixed value (as emptying the Rumus cell keeps the formula's value).
 */
import { z } from "zod";
import { ApiError } from "@/lib/kernel/errors";
import { assertRowVersions } from "@/lib/kernel/edit-version";
import { fromDb, toDbDecimal, volumeText } from "@/lib/kernel/decimal";
import { recordAudit } from "@/lib/audit";
import { type Decimal, evaluateFormula, FormulaError, formulaDependencies, ParameterScope, roundQty, toDecimal } from "@/lib/calc";
import { groupBy } from "@/lib/collections";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/projects/not-found";
import { inProjectTransaction, type ProjectActor, type Tx } from "@/lib/projects/transaction";
import { describePekerjaan } from "./repository";
import type { VolumeInput, VolumesInput } from "./schemas";
import { computeTakeoff, sameTakeoff, type TakeoffRowView } from "./takeoff";
import type { ReevaluatedVolume, VolumeView } from "./types";

const VOLUME_LIMIT = 1e15; // DECIMAL(18, 3)

/** One pekerjaan's volume; a stale editVersion is a 409. */
export function setVolume(actor: ProjectActor, pekerjaanId: string, input: VolumeInput): Promise<VolumeView> {
  return inProjectTransaction(actor, async (tx) => {
    const [change] = await writeVolumes(tx, actor.projectId, [{ ...input, pekerjaanId }], () => "");
    await recordAudit(tx, actor, {
      entity: "pekerjaan.volume",
      entityId: pekerjaanId,
      action: "update",
      before: change!.before,
      after: change!.after,
    });
    return change!.after;
  });
}

/**
 * Several volumes in one transaction (a paste into the Volume grid): an unknown or repeated
 * pekerjaan, or a formula that does not evaluate, is a 400 at its item; an item whose
 * editVersion is stale a 409. Nothing is written then.
 */
export function setVolumes(actor: ProjectActor, input: VolumesInput): Promise<{ items: VolumeView[] }> {
  return inProjectTransaction(actor, async (tx) => {
    const ids = input.items.map((item) => item.pekerjaanId);
    const problems = ids.flatMap((id, i) =>
      ids.indexOf(id) === i ? [] : [{ path: `items.${i}.pekerjaanId`, message: "Pekerjaan dikirim lebih dari sekali." }],
    );
    if (problems.length > 0) throw ApiError.validation(problems, problems[0]!.message);
    const changes = await writeVolumes(tx, actor.projectId, input.items, (i) => `items.${i}`);
    await recordAudit(tx, actor, {
      entity: "pekerjaan.volume",
      action: "update",
      before: changes.map((c) => c.before),
      after: changes.map((c) => c.after),
    });
    return { items: changes.map((c) => c.after) };
  });
}

type VolumeItem = VolumeInput & { pekerjaanId: string };
interface Planned {
  id: string;
  volume: Decimal;
  formula: string | null;
  takeoff: TakeoffRowView[];
}

/**
 * Checks and writes `items` (distinct pekerjaan): row versions, then every value, formula and
 * take-off list, then one DELETE and one INSERT for the take-off lists that change and one
 * UPDATE of the volumes. `at(i)` is item i's path prefix in the request ("" for a single PUT).
 */
async function writeVolumes(
  tx: Tx,
  projectId: string,
  items: readonly VolumeItem[],
  at: (i: number) => string,
): Promise<{ before: VolumeView; after: VolumeView }[]> {
  const ids = items.map((item) => item.pekerjaanId);
  const rows = await tx.pekerjaan.findMany({
    where: { projectId, id: { in: ids } },
    select: { id: true, kode: true, uraian: true, volume: true, volumeFormula: true, editVersion: true },
  });
  const stored = new Map(rows.map((row) => [row.id, row]));
  // Another project's pekerjaan answers exactly like a missing one, as everywhere.
  const missing = ids.findIndex((id) => !stored.has(id));
  if (missing >= 0) throw notFound("pekerjaan", at(missing) ? `${at(missing)}.pekerjaanId` : undefined);
  const takeoffs = await takeoffOf(tx, Prisma.sql`"pekerjaanId" = ANY(${ids}::uuid[])`);
  const before = new Map(rows.map((row) => [row.id, toVolumeView(row, takeoffs.get(row.id) ?? [])]));
  await assertRowVersions(
    items.map((item, i) => {
      const p = stored.get(item.pekerjaanId)!;
      return {
        label: `Volume ${describePekerjaan(p)}`,
        sent: item.editVersion,
        current: p.editVersion,
        view: before.get(p.id)!,
        path: at(i),
      };
    }),
    async (stale) => stale.map((row) => row.view),
  );
  const needsScope = items.some((item) => item.formula !== undefined || (item.takeoff?.length ?? 0) > 0);
  const scope = needsScope ? await parameterScope(tx, projectId) : null;
  const planned = items.map((item, i) => planVolume(item, before.get(item.pekerjaanId)!, scope, at(i)));
  const editVersions = await storeVolumes(tx, projectId, planned, before);
  return planned.map((p) => ({
    before: before.get(p.id)!,
    after: { id: p.id, volume: volumeText(p.volume), volumeFormula: p.formula, takeoff: p.takeoff, editVersion: editVersions.get(p.id)! },
  }));
}

function planVolume(item: VolumeItem, before: VolumeView, scope: ParameterScope | null, at: string): Planned {
  const prefix = at ? `${at}.` : "";
  if (item.value !== undefined) return { id: before.id, volume: item.value, formula: null, takeoff: [] };
  if (item.formula !== undefined) {
    return { id: before.id, volume: evaluateVolume(item.formula, scope!, `${prefix}formula`), formula: item.formula, takeoff: [] };
  }
  // An empty list ends the take-off: the volume it added up to stays, as a fixed value.
  if (item.takeoff!.length === 0) return { id: before.id, volume: toDecimal(before.volume), formula: null, takeoff: [] };
  const outcome = computeTakeoff(item.takeoff!, scope!, `${prefix}takeoff`);
  if (!outcome.ok) throw ApiError.validation(outcome.problems, outcome.problems[0]!.message);
  return { id: before.id, volume: toDecimal(outcome.volume), formula: null, takeoff: outcome.rows };
}

const MOVED_ROW = z.strictObject({ id: z.string(), editVersion: z.number() });

/** Writes the planned volumes; the pekerjaan's editVersions after the write (the triggers moved them). */
async function storeVolumes(
  tx: Tx,
  projectId: string,
  planned: readonly Planned[],
  before: ReadonlyMap<string, VolumeView>,
): Promise<Map<string, number>> {
  // Only the lists that change are rewritten: their triggers move the pekerjaan's row version.
  const changed = planned.filter((p) => !sameTakeoff(before.get(p.id)!.takeoff, p.takeoff));
  if (changed.length > 0) {
    await tx.$executeRaw`DELETE FROM "VolumeTakeoff" WHERE "pekerjaanId" = ANY(${changed.map((p) => p.id)}::uuid[])`;
    await insertTakeoff(
      tx,
      projectId,
      changed.flatMap((p) => p.takeoff.map((row, position) => ({ ...row, pekerjaanId: p.id, position }))),
    );
  }
  const moved = await queryRows(
    tx,
    "pekerjaan.setVolumes",
    MOVED_ROW,
    Prisma.sql`
    UPDATE "Pekerjaan" AS p SET volume = v.volume, "volumeFormula" = v.formula, "updatedAt" = now()
    FROM unnest(${planned.map((p) => p.id)}::uuid[], ${planned.map((p) => toDbDecimal(p.volume))}::numeric[],
                ${planned.map((p) => p.formula)}::text[]) AS v(id, volume, formula)
    WHERE p.id = v.id
    RETURNING p.id, p."editVersion"`,
  );
  return new Map(moved.map((row) => [row.id, row.editVersion]));
}

/** A take-off row to insert, at its 0-based position in its pekerjaan's list. */
export type TakeoffInsert = TakeoffRowView & { pekerjaanId: string; position: number };

/** Take-off rows in one INSERT (callers batch a large restore). */
export async function insertTakeoff(tx: Tx, projectId: string, rows: readonly TakeoffInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "VolumeTakeoff" (id, "projectId", "pekerjaanId", position, uraian, formula, result)
    SELECT gen_random_uuid(), ${projectId}::uuid, t.pekerjaan, t.position, t.uraian, t.formula, t.result
      FROM unnest(${rows.map((r) => r.pekerjaanId)}::uuid[], ${rows.map((r) => r.position)}::int[], ${rows.map((r) => r.uraian)}::text[],
                  ${rows.map((r) => r.formula)}::text[], ${rows.map((r) => r.result)}::numeric[])
           AS t(pekerjaan, position, uraian, formula, result)`;
}

const TAKEOFF_ROW = z.strictObject({ pekerjaanId: z.string(), uraian: z.string(), formula: z.string(), result: z.string() });

/** The take-off rows `where` selects, in order, by pekerjaan. */
async function takeoffOf(tx: Tx, where: Prisma.Sql): Promise<Map<string, TakeoffRowView[]>> {
  const rows = await queryRows(
    tx,
    "pekerjaan.takeoff",
    TAKEOFF_ROW,
    Prisma.sql`
    SELECT "pekerjaanId"::text AS "pekerjaanId", uraian, formula, result::text AS result
      FROM "VolumeTakeoff" WHERE ${where} ORDER BY "pekerjaanId", position`,
  );
  return new Map([...groupBy(rows, (r) => r.pekerjaanId)].map(([id, list]) => [id, list.map(({ pekerjaanId: _, ...row }) => row)]));
}

type StoredVolume = { id: string; volume: { toString(): string }; volumeFormula: string | null; editVersion: number };

function toVolumeView(p: StoredVolume, takeoff: TakeoffRowView[]): VolumeView {
  return { id: p.id, volume: volumeText(p.volume), volumeFormula: p.volumeFormula, takeoff, editVersion: p.editVersion };
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

/** A pekerjaan whose volume formula, or one of whose take-off rows, uses a parameter. */
interface Dependent {
  id: string;
  kode: string | null;
  uraian: string;
  volumeFormula: string | null;
  takeoff: TakeoffRowView[];
}

/** Pekerjaan whose volume formula or take-off rows use parameter `name` (lower case). */
export async function formulasUsing(tx: Tx, projectId: string, name: string): Promise<Dependent[]> {
  // A cheap text match narrows the take-off rows; formulaDependencies decides.
  const takeoffs = await takeoffOf(
    tx,
    Prisma.sql`"pekerjaanId" IN (SELECT "pekerjaanId" FROM "VolumeTakeoff"
                                  WHERE "projectId" = ${projectId}::uuid AND strpos(lower(formula), ${name}) > 0)`,
  );
  const rows = await tx.pekerjaan.findMany({
    where: { projectId, OR: [{ volumeFormula: { not: null } }, { id: { in: [...takeoffs.keys()] } }] },
    select: { id: true, kode: true, uraian: true, volumeFormula: true },
    orderBy: { uraian: "asc" },
  });
  const uses = (formula: string) => formulaDependencies(formula).includes(name);
  return rows
    .map((p) => ({ ...p, takeoff: takeoffs.get(p.id) ?? [] }))
    .filter((p) => (p.volumeFormula !== null && uses(p.volumeFormula)) || p.takeoff.some((row) => uses(row.formula)));
}

/**
 * Re-evaluates the volumes that depend on parameter `name` (formulas and take-off rows) with
 * the parameters as they are now in `tx`. A formula that no longer evaluates (e.g. a new value
 * of 0 under a division) is a 400 at `path` naming the pekerjaan, and the transaction rolls back.
 */
export async function reevaluateVolumes(tx: Tx, projectId: string, name: string, path: string): Promise<ReevaluatedVolume[]> {
  const dependents = await formulasUsing(tx, projectId, name);
  if (dependents.length === 0) return [];
  const scope = await parameterScope(tx, projectId);
  const planned = dependents.map((p): Planned => {
    const subject = `Volume ${describePekerjaan(p)}: `;
    if (p.volumeFormula !== null) {
      return { id: p.id, volume: evaluateVolume(p.volumeFormula, scope, path, subject), formula: p.volumeFormula, takeoff: [] };
    }
    const outcome = computeTakeoff(p.takeoff, scope);
    if (!outcome.ok) throw formulaProblem(path, `${subject}back-up volume ${outcome.problems[0]!.message}`);
    return { id: p.id, volume: toDecimal(outcome.volume), formula: null, takeoff: outcome.rows };
  });
  // Only what changed is rewritten; the row versions the triggers moved go back to the Volume grid.
  const before = new Map(dependents.map((p) => [p.id, { takeoff: p.takeoff } as VolumeView]));
  const versions = await storeVolumes(tx, projectId, planned, before);
  return planned.map((p) => ({ id: p.id, volume: volumeText(p.volume), takeoff: p.takeoff, editVersion: versions.get(p.id)! }));
}
