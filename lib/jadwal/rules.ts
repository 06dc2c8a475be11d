/**
 * The jadwal rules, checked on a batch of entries against what is stored (pure):
 * - weeks lie inside the project (1 … weekCount), each (pekerjaan, week) once per batch;
 * - a pekerjaan with zero volume accepts no progress (nor an actual cost);
 * - Σ planned ≤ 100 and Σ actual ≤ 100 per pekerjaan, after the batch.
 * Every violation is reported, so one answer lists every offending pekerjaan.
 * The jadwal is complete when every pekerjaan with volume plans 100% (± COMPLETE_TOLERANCE).
 */
import { Decimal, HUNDRED, ZERO } from "@/lib/calc/decimal";
import { groupBy } from "@/lib/collections";
import { percentLabel } from "./format";

export const COMPLETE_TOLERANCE = new Decimal("0.01");

/** A pekerjaan without volume needs no plan and counts as complete. */
export function isComplete(hasVolume: boolean, plannedTotal: Decimal): boolean {
  return !hasVolume || plannedTotal.minus(HUNDRED).abs().lte(COMPLETE_TOLERANCE);
}

export interface StoredEntry {
  week: number;
  planned: Decimal | null;
  actual: Decimal | null;
  actualCost: Decimal | null;
  note: string | null;
}

export interface PekerjaanEntries {
  id: string;
  /** How messages name the pekerjaan ("2.2.1 Galian tanah"). */
  label: string;
  hasVolume: boolean;
  entries: ReadonlyMap<number, StoredEntry>;
}

/** One entry of a PUT: a field left undefined keeps its stored value, null clears it. */
export interface BatchEntry {
  pekerjaanId: string;
  week: number;
  planned?: Decimal | null;
  actual?: Decimal | null;
  actualCost?: Decimal | null;
  note?: string | null;
  /** The entry's version as the client read it, 0 for no entry; undefined asks for no check. */
  editVersion?: number;
}

export type RuleReason = "WEEK_OUT_OF_RANGE" | "DUPLICATE_ENTRY" | "ZERO_VOLUME" | "PLANNED_OVER_100" | "ACTUAL_OVER_100";

export interface RuleViolation {
  /** Index of the entry in the batch. */
  index: number;
  field: "week" | "planned" | "actual" | "actualCost";
  pekerjaanId: string;
  reason: RuleReason;
  message: string;
}

export type FinalEntry = StoredEntry & { pekerjaanId: string };

const PROGRESS_FIELDS = ["planned", "actual", "actualCost"] as const;

export function checkBatch(
  batch: readonly BatchEntry[],
  byPekerjaan: ReadonlyMap<string, PekerjaanEntries>,
  weekCount: number,
): RuleViolation[] {
  return [...entryViolations(batch, byPekerjaan, weekCount), ...totalViolations(batch, byPekerjaan)];
}

function entryViolations(batch: readonly BatchEntry[], byPekerjaan: ReadonlyMap<string, PekerjaanEntries>, weekCount: number) {
  const seen = new Set<string>();
  return batch.flatMap((entry, index): RuleViolation[] => {
    const { pekerjaanId, week } = entry;
    const pekerjaan = byPekerjaan.get(pekerjaanId)!;
    const at = (field: RuleViolation["field"], reason: RuleReason, message: string) => ({ index, field, pekerjaanId, reason, message });
    const key = entryKey(pekerjaanId, week);
    const found: RuleViolation[] = [];
    if (week > weekCount) {
      found.push(at("week", "WEEK_OUT_OF_RANGE", `Minggu ke-${week} di luar jadwal proyek (minggu 1–${weekCount}).`));
    }
    if (seen.has(key)) {
      found.push(at("week", "DUPLICATE_ENTRY", `${pekerjaan.label}: minggu ke-${week} dikirim lebih dari sekali.`));
    }
    seen.add(key);
    if (!pekerjaan.hasVolume) {
      for (const field of PROGRESS_FIELDS) {
        if (entry[field] && !entry[field].isZero()) {
          found.push(at(field, "ZERO_VOLUME", `${pekerjaan.label}: volume pekerjaan 0, tidak dapat diberi progres.`));
        }
      }
    }
    return found;
  });
}

function totalViolations(batch: readonly BatchEntry[], byPekerjaan: ReadonlyMap<string, PekerjaanEntries>) {
  const finals = applyBatch(batch, byPekerjaan);
  const violations: RuleViolation[] = [];
  for (const [pekerjaanId, rows] of groupBy(finals, (e) => e.pekerjaanId)) {
    const { label } = byPekerjaan.get(pekerjaanId)!;
    for (const [field, reason, noun] of [
      ["planned", "PLANNED_OVER_100", "rencana"],
      ["actual", "ACTUAL_OVER_100", "realisasi"],
    ] as const) {
      const total = rows.reduce((sum, e) => sum.plus(e[field] ?? ZERO), ZERO);
      if (total.lte(HUNDRED)) continue;
      const message = `${label}: total ${noun} menjadi ${percentLabel(total)}% (maksimal 100%).`;
      batch.forEach((entry, index) => {
        if (entry.pekerjaanId === pekerjaanId && entry[field] !== undefined) {
          violations.push({ index, field, pekerjaanId, reason, message });
        }
      });
    }
  }
  return violations;
}

/**
 * Every stored entry of the batch's pekerjaan with the batch applied on top (later entries
 * win). Entries left with no value at all are included, so the caller can delete them.
 */
export function applyBatch(batch: readonly BatchEntry[], byPekerjaan: ReadonlyMap<string, PekerjaanEntries>): FinalEntry[] {
  const finals = new Map<string, FinalEntry>();
  for (const pekerjaanId of new Set(batch.map((e) => e.pekerjaanId))) {
    for (const stored of byPekerjaan.get(pekerjaanId)?.entries.values() ?? []) {
      finals.set(entryKey(pekerjaanId, stored.week), { ...stored, pekerjaanId });
    }
  }
  for (const { pekerjaanId, week, ...fields } of batch) {
    const key = entryKey(pekerjaanId, week);
    const before = finals.get(key) ?? { pekerjaanId, week, planned: null, actual: null, actualCost: null, note: null };
    finals.set(key, {
      ...before,
      planned: fields.planned === undefined ? before.planned : fields.planned,
      actual: fields.actual === undefined ? before.actual : fields.actual,
      actualCost: fields.actualCost === undefined ? before.actualCost : fields.actualCost,
      note: fields.note === undefined ? before.note : fields.note,
    });
  }
  return [...finals.values()];
}

/** An entry with no value left is not kept: the table holds only weeks with something in them. */
export function isEmptyEntry(e: StoredEntry): boolean {
  return e.planned === null && e.actual === null && e.actualCost === null && (e.note === null || e.note === "");
}

export function entryKey(pekerjaanId: string, week: number): string {
  return `${pekerjaanId}:${week}`;
}
