/**
 * The Jadwal grid's data, without React: rows from the jadwal tree, cell edits and pasted
 * blocks as PUT entries, the row total's colour, the Gantt span, and a save's answer merged
 * back. Values stay the API's decimal strings; the screen formats them (lib/format/number).
 */
import { Decimal } from "@/lib/calc/decimal";
import type { FieldError } from "@/lib/kernel/errors";
import { formatMoney, formatPercent, judgePaste, parseTyped, type DecimalSeparator } from "@/lib/format/number";
import type { JadwalWriteResult } from "@/lib/jadwal/types";
import type { JadwalPekerjaanView, JadwalView } from "@/lib/jadwal/types";

/** The series a spread or clear acts on: the plan or the actuals (actual % and cost together). */
export type JadwalMode = "planned" | "actual";

/** What the cells hold: planned or actual % of the volume, or (realisasi) the actual cost in rupiah. */
export type JadwalField = "planned" | "actual" | "actualCost";

type CellKind = "percent" | "money";

export function kindOf(field: JadwalField): CellKind {
  return field === "actualCost" ? "money" : "percent";
}

/** A cell's value as the grid shows it: "12,5" for a percent, "1.500.000,00" for money. */
export function formatCell(value: string, kind: CellKind): string {
  return kind === "money" ? formatMoney(value) : formatPercent(value);
}

/** Whether a typed value differs from the stored one, compared as exact decimals. */
export function sameValue(a: string | null, b: string | null): boolean {
  return a === null || b === null ? a === b : new Decimal(a).eq(b);
}

export type GridRow =
  { kind: "klasifikasi" | "sub"; id: string; label: string } | { kind: "pekerjaan"; id: string; pekerjaan: JadwalPekerjaanView };

export function flattenJadwal(view: JadwalView): GridRow[] {
  return view.klasifikasi.flatMap((k) => [
    { kind: "klasifikasi" as const, id: k.id, label: k.name },
    ...k.subKlasifikasi.flatMap((s) => [
      { kind: "sub" as const, id: s.id, label: s.name },
      ...s.pekerjaan.map((p) => ({ kind: "pekerjaan" as const, id: p.id, pekerjaan: p })),
    ]),
  ]);
}

/** Every pekerjaan of the view, in tree order. */
export function pekerjaanOf(view: JadwalView): JadwalPekerjaanView[] {
  return view.klasifikasi.flatMap((k) => k.subKlasifikasi.flatMap((s) => s.pekerjaan));
}

/** The row index `step` pekerjaan rows away from `from` (group rows are skipped), clamped. */
export function nextPekerjaanRow(rows: readonly GridRow[], from: number, step: number): number {
  let at = from;
  let found = from;
  for (let moved = 0; moved < Math.abs(step);) {
    at += Math.sign(step);
    if (at < 0 || at >= rows.length) break;
    if (rows[at]!.kind === "pekerjaan") {
      found = at;
      moved++;
    }
  }
  return found;
}

export type TotalTone = "complete" | "under" | "over" | "none" | "plain";

/** The row total's colour: a warning below 100, an error above; no volume takes no progress. A cost has no target. */
export function totalTone(p: JadwalPekerjaanView, field: JadwalField): TotalTone {
  if (field === "actualCost") return "plain";
  const total = Number(p.totals[field]);
  if (!p.hasVolume) return total > 0 ? "over" : "none";
  if (total > 100) return "over";
  return total >= 99.99 ? "complete" : "under";
}

/** First and last column (0-based) with planned progress: the Gantt bar. */
export function ganttSpan(planned: readonly (string | null)[]): { first: number; last: number } | null {
  const hasPlan = (v: string | null) => v !== null && Number(v) > 0;
  const first = planned.findIndex(hasPlan);
  if (first < 0) return null;
  return { first, last: planned.findLastIndex(hasPlan) };
}

export interface EntryBody {
  pekerjaanId: string;
  week: number;
  planned?: string | null;
  actual?: string | null;
  actualCost?: string | null;
}

export type CellParse = { ok: true; value: string | null } | { ok: false; error: string };

/**
 * What the estimator typed into a cell: empty clears it, else a percent up to 100 or a rupiah
 * amount, each with at most 2 decimals. A cost's upper bound is the API's (hargaInput): a 400
 * names the cell.
 */
export function parseCell(text: string, field: JadwalField, separator?: DecimalSeparator): CellParse {
  if (text.trim() === "") return { ok: true, value: null };
  const kind = kindOf(field);
  const parsed = parseTyped(text, kind, { separator });
  if (!parsed.ok) return parsed;
  if (kind === "percent" && Number(parsed.value) > 100) return { ok: false, error: "Maksimal 100%." };
  return parsed;
}

export function cellEntry(pekerjaanId: string, column: number, field: JadwalField, value: string | null): EntryBody {
  return { pekerjaanId, week: column + 1, [field]: value };
}

/** A block copied from a spreadsheet: rows by newline, cells by tab. */
export function parseClipboard(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  return lines.map((line) => line.split("\t"));
}

export type PasteResult = { ok: true; entries: EntryBody[] } | { ok: false; errors: string[] };

/**
 * The block laid out from the active cell: down over pekerjaan rows (group rows skipped),
 * right over weeks. Cells past the last pekerjaan or week are left out; any cell that is not
 * a number of the field refuses the whole paste, naming it.
 */
export function pasteEntries(
  block: readonly string[][],
  anchor: { row: number; col: number },
  rows: readonly GridRow[],
  columnCount: number,
  field: JadwalField,
): PasteResult {
  const targets = rows.slice(anchor.row).filter((row) => row.kind === "pekerjaan");
  // The block is read as a whole: `15.000` beside `12.5` can not be both, and is not guessed.
  const judged = judgePaste(block.flat(), kindOf(field));
  if (judged.status === "mixed") return { ok: false, errors: [judged.error] };
  if (judged.status === "ask") return { ok: false, errors: [ambiguousPaste(judged.example)] };
  const separator = judged.separator;
  const entries: EntryBody[] = [];
  const errors: string[] = [];
  block.slice(0, targets.length).forEach((cells, r) => {
    cells.slice(0, Math.max(0, columnCount - anchor.col)).forEach((text, c) => {
      const parsed = parseCell(text, field, separator);
      if (parsed.ok) entries.push(cellEntry(targets[r]!.id, anchor.col + c, field, parsed.value));
      else errors.push(`Baris ${r + 1}, kolom ${c + 1} ("${text}"): ${parsed.error}`);
    });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries };
}

function ambiguousPaste(example: string): string {
  return `"${example.trim()}": titik ini pemisah ribuan atau desimal? Tulis desimal dengan koma (mis. 1.500,5) atau tanpa titik ribuan, lalu tempel lagi.`;
}

/** The cells a 400 names (`entries.3.planned`), keyed "pekerjaanId:column", with the message. */
export function cellErrors(fields: readonly FieldError[], batch: readonly EntryBody[]): Map<string, string> {
  const errors = new Map<string, string>();
  for (const { path, message } of fields) {
    const index = /^entries\.(\d+)\./.exec(path)?.[1];
    const entry = index === undefined ? undefined : batch[Number(index)];
    if (entry) errors.set(cellKey(entry.pekerjaanId, entry.week - 1), message);
  }
  return errors;
}

export function cellKey(pekerjaanId: string, column: number): string {
  return `${pekerjaanId}:${column}`;
}

/**
 * The editVersion of each week's entry as the grid last saw it ("pekerjaanId:column" → version,
 * 0 for no entry): a save sends it back, so two people typing into different cells never
 * conflict and the same cell changed by someone else meanwhile is refused (409), not overwritten.
 */
export type EntryVersions = Map<string, number>;

export function entryVersions(pekerjaan: readonly { id: string; editVersions: readonly number[] }[], into: EntryVersions = new Map()) {
  for (const p of pekerjaan) p.editVersions.forEach((version, column) => into.set(cellKey(p.id, column), version));
  return into;
}

export function withVersions(batch: readonly EntryBody[], versions: EntryVersions): (EntryBody & { editVersion: number })[] {
  return batch.map((e) => ({ ...e, editVersion: versions.get(cellKey(e.pekerjaanId, e.week - 1)) ?? 0 }));
}

/** The batch applied locally before the server answers, so the grid shows what was typed. */
export function withEntries(view: JadwalView, batch: readonly EntryBody[]): JadwalView {
  return mapPekerjaan(view, (p) => {
    const mine = batch.filter((e) => e.pekerjaanId === p.id);
    if (mine.length === 0) return p;
    const next = { ...p, planned: [...p.planned], actual: [...p.actual], actualCost: [...p.actualCost] };
    for (const e of mine) {
      if (e.planned !== undefined) next.planned[e.week - 1] = e.planned;
      if (e.actual !== undefined) next.actual[e.week - 1] = e.actual;
      if (e.actualCost !== undefined) next.actualCost[e.week - 1] = e.actualCost;
    }
    return next;
  });
}

/** A write's answer: the touched pekerjaan's series and the project's completeness. */
export function withWriteResult(view: JadwalView, result: JadwalWriteResult): JadwalView {
  const fresh = new Map(result.pekerjaan.map((p) => [p.id, p]));
  const updated = mapPekerjaan(view, (p) => {
    const series = fresh.get(p.id);
    return series ? { ...p, ...series } : p;
  });
  return { ...updated, summary: result.summary };
}

function mapPekerjaan(view: JadwalView, fn: (p: JadwalPekerjaanView) => JadwalPekerjaanView): JadwalView {
  return {
    ...view,
    klasifikasi: view.klasifikasi.map((k) => ({
      ...k,
      subKlasifikasi: k.subKlasifikasi.map((s) => ({ ...s, pekerjaan: s.pekerjaan.map(fn) })),
    })),
  };
}
