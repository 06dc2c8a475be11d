/**
 * What one audit entry changed, laid out for reading. An entry records plain JSON (lib/audit
 * recordAudit): flat objects (a project's fields, pricing, one harga item or volume), lists of
 * rows (a price paste, a volume paste), or both (a pekerjaan's lines under `lines`, a jadwal
 * batch under `entries`). Flat fields are compared one by one; lists row by row, matched by
 * their key (kode for lines and prices), so a reordered list shows no change. Pure and
 * browser-safe: the Riwayat page renders it.
 */

type Row = Record<string, unknown>;

export interface FieldDiff {
  field: string;
  before: unknown;
  after: unknown;
  /** Both sides recorded it, with different values. */
  changed: boolean;
}

export interface RowDiff {
  /** The row's key fields and their values, e.g. `{ kode: "B.01" }` or `{ pekerjaanId, week }`. */
  key: Row;
  /** 2 for the second row with the same key (a kode may appear twice in an analysis). */
  occurrence: number;
  status: "added" | "removed" | "changed";
  /** The row as it is after (as it was, for a removed one): its uraian names it on screen. */
  row: Row;
  /** Added and removed rows: all their fields; changed rows: the changed ones. */
  fields: FieldDiff[];
}

export interface ListDiff {
  /** The field that held the list (`lines`, `entries`); null when the entry is the list itself. */
  field: string | null;
  rows: RowDiff[];
  /** Rows present on both sides, unchanged. */
  unchanged: number;
}

export interface AuditDiff {
  /** A creation records only `after`, a deletion only `before`. */
  sides: { before: boolean; after: boolean };
  fields: FieldDiff[];
  lists: ListDiff[];
}

/** The fields that identify a row of a recorded list, in order of preference. */
const ROW_KEYS: readonly (readonly string[])[] = [["kode"], ["pekerjaanId", "week"], ["id"], ["name"], ["email"]];

export function auditDiff(before: unknown, after: unknown): AuditDiff {
  const sides = { before: before !== undefined && before !== null, after: after !== undefined && after !== null };
  if (Array.isArray(before) || Array.isArray(after)) {
    return { sides, fields: [], lists: [listDiff(null, asRows(before), asRows(after))] };
  }
  const b = asObject(before);
  const a = asObject(after);
  const diff: AuditDiff = { sides, fields: [], lists: [] };
  for (const field of unionKeys(b, a).filter((f) => !INTERNAL_FIELDS.has(f))) {
    if (Array.isArray(b[field]) || Array.isArray(a[field])) diff.lists.push(listDiff(field, asRows(b[field]), asRows(a[field])));
    else if (!isIdentity(field) || changedValue(sides, b[field], a[field])) diff.fields.push(fieldDiff(field, b[field], a[field], sides));
  }
  return diff;
}

/** What the collapsed entry says: "2 kolom diubah", "3 baris: 1 diubah, 2 ditambah". */
export function summarizeDiff(diff: AuditDiff): string {
  const parts: string[] = [];
  const changedFields = diff.fields.filter((f) => f.changed).length;
  if (changedFields > 0) parts.push(`${changedFields} kolom diubah`);
  const rows = diff.lists.flatMap((l) => l.rows);
  const counts = (["changed", "added", "removed"] as const).flatMap((status) => {
    const n = rows.filter((r) => r.status === status).length;
    return n > 0 ? [`${n} ${STATUS_WORDS[status]}`] : [];
  });
  if (rows.length > 0) parts.push(`${rows.length} baris: ${counts.join(", ")}`);
  return parts.join("; ");
}

/** The words that say a change without its colour (WCAG 1.4.1). */
export const STATUS_WORDS: Record<RowDiff["status"], string> = { changed: "diubah", added: "ditambah", removed: "dihapus" };

/** Whether the entry recorded anything to show beyond its kind and action. */
export function hasDetails(diff: AuditDiff): boolean {
  return diff.fields.length > 0 || diff.lists.some((l) => l.rows.length > 0);
}

/** A row's id or a reference to one (`subKlasifikasiId`): noise beside the names, unless it changed. */
function isIdentity(field: string): boolean {
  return field === "id" || field.endsWith("Id");
}

/** Counters the app keeps for itself (GLOSSARY.md "Counters on a project"): never a change anyone made. */
const INTERNAL_FIELDS = new Set(["editVersion", "version"]);

function fieldDiff(field: string, before: unknown, after: unknown, sides: AuditDiff["sides"]): FieldDiff {
  return { field, before, after, changed: changedValue(sides, before, after) };
}

function changedValue(sides: AuditDiff["sides"], before: unknown, after: unknown): boolean {
  return sides.before && sides.after && !sameValue(before, after);
}

function listDiff(field: string | null, before: Row[], after: Row[]): ListDiff {
  const keyFields = ROW_KEYS.find((fields) => [...before, ...after].every((row) => fields.every((f) => f in row))) ?? [];
  const old = keyed(before, keyFields);
  const now = keyed(after, keyFields);
  const rows: RowDiff[] = [];
  let unchanged = 0;
  for (const [id, current] of now) {
    const previous = old.get(id);
    if (!previous) {
      rows.push({ ...current, status: "added", fields: fieldsOf(current.row, keyFields, "after") });
      continue;
    }
    const fields = unionKeys(previous.row, current.row)
      .filter((f) => !keyFields.includes(f) && !sameValue(previous.row[f], current.row[f]))
      .map((f) => ({ field: f, before: previous.row[f], after: current.row[f], changed: true }));
    if (fields.length === 0) unchanged++;
    else rows.push({ ...current, status: "changed", fields });
  }
  for (const [id, previous] of old) {
    if (!now.has(id)) rows.push({ ...previous, status: "removed", fields: fieldsOf(previous.row, keyFields, "before") });
  }
  return { field, rows, unchanged };
}

/** Rows by key; without key fields, by position ("the third row"). */
function keyed(rows: Row[], keyFields: readonly string[]): Map<string, { key: Row; occurrence: number; row: Row }> {
  const byKey = new Map<string, { key: Row; occurrence: number; row: Row }>();
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const key = keyFields.length > 0 ? Object.fromEntries(keyFields.map((f) => [f, row[f]])) : { baris: index + 1 };
    const base = JSON.stringify(key);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    byKey.set(`${base}#${occurrence}`, { key, occurrence, row });
  });
  return byKey;
}

function fieldsOf(row: Row, keyFields: readonly string[], side: "before" | "after"): FieldDiff[] {
  return Object.keys(row)
    .filter((f) => !keyFields.includes(f) && !isIdentity(f))
    .map((f) => ({
      field: f,
      before: side === "before" ? row[f] : undefined,
      after: side === "after" ? row[f] : undefined,
      changed: false,
    }));
}

function unionKeys(a: Row, b: Row): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

function asObject(value: unknown): Row {
  if (value === null || value === undefined) return {};
  return typeof value === "object" && !Array.isArray(value) ? (value as Row) : { value };
}

function asRows(value: unknown): Row[] {
  return Array.isArray(value) ? value.map((row) => (row !== null && typeof row === "object" ? (row as Row) : { value: row })) : [];
}

/** Recorded JSON: equal when it prints the same (objects keep their recorded key order). */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
