/**
 * Moving a project's start date, duration or week-end day re-numbers its weeks. Entries keep
 * their dates: each old week goes to the new week it shares the most days with (the earlier one
 * on a tie), so a plan for "the week of 12 January" stays there. Old weeks that share no day
 * with the new range can not be kept: they are reported, and dropped only on explicit
 * confirmation. Two old weeks landing in one new week (next to a cut last week) are added up, so
 * every pekerjaan keeps its totals.
 */
import "server-only";
import { ApiError } from "@/lib/kernel/errors";
import { money, percentText } from "@/lib/kernel/decimal";
import { CalcError, type Decimal, projectWeeks } from "@/lib/calc";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/projects/transaction";
import { calendarView, readCalendar } from "./calendar";
import { deleteEntries, readEntriesInWeeks, writeEntries } from "./repository";
import type { FinalEntry, StoredEntry } from "./rules";
import type { RemapPreviewInput } from "./schemas";
import { weekMapping } from "./week-mapping";
import type { CalendarView, DroppedEntry, JadwalCalendar } from "./types";

interface RemapPlan {
  mapping: (number | null)[];
  /** Entries that change week. */
  moved: number;
  /** Stored entries whose week changes or receives another: all are rewritten. */
  read: (FinalEntry & { label: string })[];
  /** `read` at their new weeks, merged. */
  rows: FinalEntry[];
  dropped: DroppedEntry[];
}

async function planRemap(tx: Tx, projectId: string, from: JadwalCalendar, to: JadwalCalendar): Promise<RemapPlan> {
  const mapping = weekMapping(from, to);
  const changed = mapping.flatMap((target, i) => (target === i + 1 ? [] : [i + 1]));
  if (changed.length === 0) return { mapping, moved: 0, read: [], rows: [], dropped: [] };
  // A week that receives a moved one is rewritten too, so the merged row replaces it.
  const weeks = [...new Set([...changed, ...changed.map((w) => mapping[w - 1]).filter((t): t is number => t !== null)])];
  const read = await readEntriesInWeeks(tx, projectId, weeks);
  const oldWeeks = projectWeeks(from);
  const dropped = read.filter((e) => (mapping[e.week - 1] ?? null) === null).map((e) => droppedView(e, oldWeeks[e.week - 1]));
  const moved = read.filter((e) => ![null, e.week].includes(mapping[e.week - 1] ?? null)).length;
  return { mapping, moved, read, rows: mergeAtNewWeeks(read, mapping), dropped };
}

function mergeAtNewWeeks(entries: readonly FinalEntry[], mapping: readonly (number | null)[]): FinalEntry[] {
  const merged = new Map<string, FinalEntry>();
  for (const e of entries) {
    const week = mapping[e.week - 1] ?? null;
    if (week === null) continue;
    const key = `${e.pekerjaanId}:${week}`;
    const before = merged.get(key);
    merged.set(key, before ? { ...addEntries(before, e), week } : { ...e, week });
  }
  return [...merged.values()];
}

function addEntries(a: FinalEntry, b: StoredEntry): FinalEntry {
  const add = (x: Decimal | null, y: Decimal | null) => (x === null ? y : y === null ? x : x.plus(y));
  return {
    ...a,
    planned: add(a.planned, b.planned),
    actual: add(a.actual, b.actual),
    actualCost: add(a.actualCost, b.actualCost),
    note: [a.note, b.note].filter(Boolean).join("; ") || null,
  };
}

function droppedView(e: FinalEntry & { label: string }, week: { start: string; end: string } | undefined): DroppedEntry {
  const pct = (d: Decimal | null) => (d === null ? null : percentText(d));
  return {
    pekerjaanId: e.pekerjaanId,
    pekerjaan: e.label,
    week: e.week,
    start: week?.start ?? "",
    end: week?.end ?? "",
    planned: pct(e.planned),
    actual: pct(e.actual),
    actualCost: e.actualCost === null ? null : money(e.actualCost),
  };
}

/**
 * Re-maps the jadwal inside the transaction that changes the project's calendar (the
 * project PATCH). Entries that would fall outside the new range make it a 409 listing them,
 * unless `confirmDrop`; then they are deleted with the change.
 */
export async function remapJadwalForDates(
  tx: Tx,
  projectId: string,
  from: JadwalCalendar,
  to: JadwalCalendar,
  { confirmDrop }: { confirmDrop: boolean },
): Promise<{ moved: number; dropped: number }> {
  const plan = await planRemap(tx, projectId, from, to);
  if (plan.dropped.length > 0 && !confirmDrop) {
    throw ApiError.conflict(
      `${plan.dropped.length} entri jadwal berada di luar rentang tanggal baru dan akan terhapus. ` +
        "Kirim ulang dengan confirmJadwalDrop: true untuk tetap menyimpan perubahan.",
      { reason: "JADWAL_ENTRIES_OUTSIDE", dropped: plan.dropped },
    );
  }
  if (plan.read.length > 0) {
    await deleteEntries(tx, projectId, plan.read);
    await writeEntries(tx, projectId, plan.rows);
  }
  return { moved: plan.moved, dropped: plan.dropped.length };
}

export interface RemapPreview {
  current: CalendarView;
  proposed: CalendarView;
  /** Every current week and the week its entries would move to (null: outside the new range). */
  mapping: { week: number; start: string; end: string; newWeek: number | null }[];
  /** Entries that would change week. */
  moved: number;
  dropped: DroppedEntry[];
}

/** What a project PATCH with these calendar fields would do to the jadwal; nothing is written. */
export async function previewRemap(projectId: string, input: RemapPreviewInput): Promise<RemapPreview> {
  const current = await readCalendar(db(), projectId);
  const proposed = { ...current, ...definedFields(input) };
  const plan = await planRemap(db(), projectId, current, proposedCalendar(proposed));
  return {
    current: calendarView(current),
    proposed: calendarView(proposed),
    mapping: projectWeeks(current).map((w, i) => ({ week: w.week, start: w.start, end: w.end, newWeek: plan.mapping[i] ?? null })),
    moved: plan.moved,
    dropped: plan.dropped,
  };
}

function definedFields(input: RemapPreviewInput): Partial<JadwalCalendar> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

/** The engine's own calendar check (e.g. a start before 1900), as a 400 on the field. */
function proposedCalendar(calendar: JadwalCalendar): JadwalCalendar {
  try {
    projectWeeks(calendar);
    return calendar;
  } catch (error) {
    if (!(error instanceof CalcError)) throw error;
    throw ApiError.validation([{ path: "startDate", message: error.message }]);
  }
}
