/**
 * Writing the jadwal: a batch of entries (PUT …/jadwal/entries), "spread evenly" and
 * "clear". Each runs in one transaction under the project lock (so it can not interleave with
 * a date re-map), checks every rule on the whole result first, and writes nothing when one
 * fails: a 400 listing every offending pekerjaan and field.
 */
import { ApiError, type FieldError } from "@/lib/kernel/errors";
import { assertRowVersions } from "@/lib/kernel/edit-version";
import { money, percentText } from "@/lib/kernel/decimal";
import { recordAudit } from "@/lib/audit";
import { projectWeeks } from "@/lib/calc";
import { inProjectTransaction, type ProjectActor, type Tx } from "@/lib/projects/transaction";
import { readCalendar } from "./calendar";
import { countIncomplete, readEntriesRows, readEntryVersions, readPekerjaanEntries, writeEntries } from "./repository";
import {
  applyBatch,
  type BatchEntry,
  checkBatch,
  entryKey,
  type FinalEntry,
  type PekerjaanEntries,
  type RuleViolation,
  type StoredEntry,
} from "./rules";
import type { JadwalCalendar, JadwalEntryView } from "./types";
import type { ClearInput, EntriesInput, SpreadInput } from "./schemas";
import { seriesBuilder } from "./series";
import { evenSpread } from "./spread";
import type { JadwalWriteResult } from "./types";

export function saveEntries(actor: ProjectActor, input: EntriesInput): Promise<JadwalWriteResult> {
  return inProjectTransaction(
    actor,
    (tx) =>
      writeBatch(tx, actor, input.entries, {
        entryPath: (i) => `entries.${i}`,
        pekerjaanPath: (i) => `entries.${i}.pekerjaanId`,
        violationPath: (v) => `entries.${v.index}.${v.field}`,
      }),
    { grows: true },
  );
}

/** Replaces the pekerjaan's planned series by 100% spread over fromWeek … toWeek. */
export function spreadPlanned(actor: ProjectActor, { pekerjaanId, fromWeek, toWeek }: SpreadInput): Promise<JadwalWriteResult> {
  return inProjectTransaction(
    actor,
    async (tx) => {
      const weekCount = projectWeeks(await readCalendar(tx, actor.projectId)).length;
      if (toWeek > weekCount) {
        throw ApiError.validation([{ path: "toWeek", message: `Minggu akhir melewati jadwal proyek (minggu 1–${weekCount}).` }]);
      }
      const shares = new Map(evenSpread(fromWeek, toWeek).map((s) => [s.week, s.planned]));
      // Every week is named: the ones outside the range lose their planned share.
      const batch = Array.from({ length: weekCount }, (_, i) => ({ pekerjaanId, week: i + 1, planned: shares.get(i + 1) ?? null }));
      return writeBatch(tx, actor, batch, {
        entryPath: () => "",
        pekerjaanPath: () => "pekerjaanId",
        violationPath: () => "pekerjaanId",
      });
    },
    { grows: true },
  );
}

/** Clears planned, or actual (the percent and the actual cost), of one pekerjaan or all. */
export function clearJadwal(actor: ProjectActor, { pekerjaanId, field }: ClearInput): Promise<JadwalWriteResult> {
  return inProjectTransaction(actor, async (tx) => {
    const { projectId } = actor;
    const calendar = await readCalendar(tx, projectId);
    const byPekerjaan = pekerjaanId
      ? await readPekerjaanEntries(tx, projectId, [{ pekerjaanId }], () => "pekerjaanId")
      : new Map<string, PekerjaanEntries>();
    const data = field === "planned" ? { planned: null } : { actual: null, actualCost: null };
    const { count } = await tx.jadwalEntry.updateMany({ where: { projectId, ...(pekerjaanId ? { pekerjaanId } : {}) }, data });
    await tx.jadwalEntry.deleteMany({ where: { projectId, planned: null, actual: null, actualCost: null, note: null } });
    // A clear of a whole plan is ~100,000 entries: the trail says what was cleared, not each value.
    await recordAudit(tx, actor, { entity: "jadwal", entityId: pekerjaanId, action: "delete", before: { field, entries: count } });
    return writeResult(tx, projectId, calendar, byPekerjaan);
  });
}

interface BatchPaths {
  /** Where a stale editVersion is reported, by batch index. */
  entryPath: (index: number) => string;
  /** Where a pekerjaanId of another project (or none) is reported, by batch index. */
  pekerjaanPath: (index: number) => string;
  violationPath: (violation: RuleViolation) => string;
}

async function writeBatch(tx: Tx, actor: ProjectActor, batch: readonly BatchEntry[], paths: BatchPaths): Promise<JadwalWriteResult> {
  const { projectId } = actor;
  const calendar = await readCalendar(tx, projectId);
  const byPekerjaan = await readPekerjaanEntries(tx, projectId, batch, paths.pekerjaanPath);
  await assertEntryVersions(tx, projectId, batch, byPekerjaan, paths.entryPath);
  const violations = checkBatch(batch, byPekerjaan, projectWeeks(calendar).length);
  if (violations.length > 0) throw violationError(violations, byPekerjaan, paths.violationPath);
  const finals = applyBatch(batch, byPekerjaan);
  await writeEntries(tx, projectId, finals);
  await recordAudit(tx, actor, { entity: "jadwal", action: "update", ...auditedChange(finals, byPekerjaan) });
  return writeResult(tx, projectId, calendar, byPekerjaan);
}

/**
 * The Jadwal grid's row versions, one per (pekerjaan, week) entry (README "Perubahan
 * bersamaan"): a stale one, or one for a week whose entry was since created or cleared, is a
 * 409 showing the entry as it is now (null when there is none).
 */
async function assertEntryVersions(
  tx: Tx,
  projectId: string,
  batch: readonly BatchEntry[],
  byPekerjaan: ReadonlyMap<string, PekerjaanEntries>,
  entryPath: (index: number) => string,
): Promise<void> {
  const checked = batch.flatMap((entry, index) => (entry.editVersion === undefined ? [] : [{ entry, index }]));
  const versions = await readEntryVersions(
    tx,
    projectId,
    checked.map(({ entry }) => entry),
  );
  const rows = checked.map(({ entry: { pekerjaanId, week, editVersion }, index }) => {
    const pekerjaan = byPekerjaan.get(pekerjaanId)!;
    const current = versions.get(entryKey(pekerjaanId, week)) ?? 0;
    const stored = pekerjaan.entries.get(week);
    return {
      path: entryPath(index),
      label: `Jadwal ${pekerjaan.label} minggu ${week}`,
      sent: editVersion,
      current,
      view: stored ? entryView(pekerjaanId, stored, current) : null,
    };
  });
  await assertRowVersions(rows, async (stale) => stale.map((row) => row.view));
}

function entryView(pekerjaanId: string, e: StoredEntry, editVersion: number): JadwalEntryView {
  const percent = (d: StoredEntry["planned"]) => (d === null ? null : percentText(d));
  return {
    pekerjaanId,
    week: e.week,
    planned: percent(e.planned),
    actual: percent(e.actual),
    actualCost: e.actualCost === null ? null : money(e.actualCost),
    note: e.note,
    editVersion,
  };
}

/** Before and after of every entry the batch changed, with decimals as text. */
function auditedChange(finals: readonly FinalEntry[], byPekerjaan: ReadonlyMap<string, PekerjaanEntries>) {
  const text = (e: StoredEntry | undefined) => ({
    planned: e?.planned?.toFixed() ?? null,
    actual: e?.actual?.toFixed() ?? null,
    actualCost: e?.actualCost?.toFixed() ?? null,
    note: e?.note ?? null,
  });
  const changed = finals.map((f) => ({ f, before: text(byPekerjaan.get(f.pekerjaanId)?.entries.get(f.week)), after: text(f) }));
  const key = (f: FinalEntry) => ({ pekerjaanId: f.pekerjaanId, week: f.week });
  const kept = changed.filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
  return {
    before: { entries: kept.map((c) => ({ ...key(c.f), ...c.before })) },
    after: { entries: kept.map((c) => ({ ...key(c.f), ...c.after })) },
  };
}

/** One 400 for the whole batch: every field, and per pekerjaan every reason. */
function violationError(
  violations: readonly RuleViolation[],
  byPekerjaan: ReadonlyMap<string, PekerjaanEntries>,
  pathOf: (v: RuleViolation) => string,
): ApiError {
  const fields: FieldError[] = uniqueBy(
    violations.map((v) => ({ path: pathOf(v), message: v.message })),
    (f) => `${f.path}\n${f.message}`,
  );
  const pekerjaan = [...new Set(violations.map((v) => v.pekerjaanId))].map((id) => ({
    pekerjaanId: id,
    label: byPekerjaan.get(id)!.label,
    reasons: uniqueBy(
      violations.filter((v) => v.pekerjaanId === id).map(({ reason, message }) => ({ reason, message })),
      (r) => r.message,
    ),
  }));
  const message = `Jadwal tidak disimpan: ${pekerjaan.length} pekerjaan melanggar aturan. Tidak ada perubahan yang ditulis.`;
  return new ApiError("VALIDATION_ERROR", message, { fields, pekerjaan });
}

/** The touched pekerjaan (the keys of `byPekerjaan`) as they are now, and the project's completeness. */
async function writeResult(
  tx: Tx,
  projectId: string,
  calendar: JadwalCalendar,
  byPekerjaan: ReadonlyMap<string, PekerjaanEntries>,
): Promise<JadwalWriteResult> {
  const ids = [...byPekerjaan.keys()];
  const weekCount = projectWeeks(calendar).length;
  const rows = ids.length > 0 ? await readEntriesRows(tx, projectId, weekCount, ids) : [];
  const byId = new Map(rows.map((r) => [r.pekerjaanId, r]));
  const series = seriesBuilder(calendar, weekCount, "week");
  const counts = await countIncomplete(tx, projectId);
  return {
    pekerjaan: [...byPekerjaan.values()].map(({ id, hasVolume }) => ({ id, ...series(byId.get(id), hasVolume) })),
    summary: { complete: counts.incompletePekerjaan === 0, ...counts },
  };
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}
