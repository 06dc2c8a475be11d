import { money } from "@/lib/kernel/decimal";
import type { FieldError } from "@/lib/kernel/errors";
import { normalizeKode, normalizeName, normalizeSatuan } from "./normalize";
import type { HargaFileRow } from "./import-file";
import type { AmbiguousRow, MatchTarget, SourceRow } from "./types";
import type { MatchedRow } from "./types";

/**
 * Matches price-list rows to a project's Harga Items, pure. A row is matched by kode (case
 * and spaces aside), else by name and unit (normalize.ts). A row meeting several items, or
 * several rows with different prices meeting one item, is ambiguous: the user decides.
 */

export interface HargaMatch {
  matched: MatchedRow[];
  ambiguous: AmbiguousRow[];
  unmatched: SourceRow[];
}

const nameKey = (name: string, satuan: string) => `${normalizeName(name)}\u0000${normalizeSatuan(satuan)}`;

function indexBy(items: readonly MatchTarget[], key: (item: MatchTarget) => string): Map<string, MatchTarget[]> {
  const index = new Map<string, MatchTarget[]>();
  for (const item of items) {
    const k = key(item);
    index.set(k, [...(index.get(k) ?? []), item]);
  }
  return index;
}

/** The names a row may go by, most specific first: "Semen Portland 40 kg", "Semen Portland", "40 kg". */
function nameVariants(row: HargaFileRow): string[] {
  const names = [`${row.uraian} ${row.spesifikasi}`, row.uraian, row.spesifikasi].filter((name) => normalizeName(name) !== "");
  return [...new Set(names.map(normalizeName))];
}

interface Candidates {
  items: MatchTarget[];
  by: "kode" | "uraian";
}

function candidatesFor(row: HargaFileRow, byKode: Map<string, MatchTarget[]>, byName: Map<string, MatchTarget[]>): Candidates {
  const kodeHits = row.kode ? byKode.get(normalizeKode(row.kode)) : undefined;
  if (kodeHits) return { items: kodeHits, by: "kode" };
  for (const name of nameVariants(row)) {
    const hits = byName.get(nameKey(name, row.satuan));
    if (hits) return { items: hits, by: "uraian" };
  }
  return { items: [], by: "uraian" };
}

function sourceOf(row: HargaFileRow): SourceRow {
  const rounded = row.roundedFrom === undefined ? {} : { roundedFrom: row.roundedFrom };
  return {
    row: row.row,
    kode: row.kode,
    uraian: row.uraian,
    spesifikasi: row.spesifikasi,
    satuan: row.satuan,
    newHarga: money(row.harga),
    ...rounded,
  };
}

export function matchHargaFile(rows: readonly HargaFileRow[], items: readonly MatchTarget[]): HargaMatch {
  const byKode = indexBy(items, (item) => normalizeKode(item.kode));
  const byName = indexBy(items, (item) => nameKey(item.uraian, item.satuan));
  const result: HargaMatch = { matched: [], ambiguous: [], unmatched: [] };
  const single: { source: SourceRow; item: MatchTarget; by: Candidates["by"]; satuan: string }[] = [];
  for (const row of rows) {
    const { items: hits, by } = candidatesFor(row, byKode, byName);
    const source = sourceOf(row);
    if (hits.length === 0) result.unmatched.push(source);
    else if (hits.length > 1) result.ambiguous.push({ ...source, reason: "several-items", candidates: hits });
    else single.push({ source, item: hits[0]!, by, satuan: row.satuan });
  }
  const pricesPerItem = new Map<string, Set<string>>();
  for (const { source, item } of single) pricesPerItem.set(item.id, (pricesPerItem.get(item.id) ?? new Set()).add(source.newHarga));
  for (const { source, item, by, satuan } of single) {
    if (pricesPerItem.get(item.id)!.size > 1) {
      result.ambiguous.push({ ...source, reason: "several-rows", candidates: [item] });
      continue;
    }
    const unitDiffers = by === "kode" && satuan !== "" && normalizeSatuan(satuan) !== normalizeSatuan(item.satuan);
    result.matched.push({ ...source, hargaItem: item, by, oldHarga: item.harga, changed: source.newHarga !== item.harga, unitDiffers });
  }
  result.ambiguous.sort((a, b) => a.row - b.row);
  return result;
}

/** The user's decision for one row: the harga item it prices, or null to leave it out. */
export interface RowChoice {
  row: number;
  hargaItemId: string | null;
}

export interface PriceUpdate {
  item: MatchTarget;
  harga: string;
  /** The file rows giving this price (several when a price repeats). */
  rows: number[];
}

export interface ResolvedUpdates {
  /** Items whose price changes. */
  updates: PriceUpdate[];
  /** Items given the price they already have. */
  unchanged: number;
  /** Matched or ambiguous rows left out (ambiguous ones nobody chose for). */
  skipped: number;
}

export type ResolveResult = { ok: true; value: ResolvedUpdates } | { ok: false; problems: FieldError[] };

/**
 * Applies choices to a match: matched rows price their item unless a choice says null;
 * ambiguous rows price the candidate chosen for them, else nothing. Two rows may not give
 * one item different prices. Ids must already be known to belong to the project.
 */
export function resolveUpdates(match: HargaMatch, choices: readonly RowChoice[]): ResolveResult {
  const rows = new Map<number, MatchedRow | AmbiguousRow>([...match.matched, ...match.ambiguous].map((r) => [r.row, r]));
  const assigned = new Map<number, MatchTarget | null>(match.matched.map((r) => [r.row, r.hargaItem]));
  const problems: FieldError[] = [];
  const seen = new Set<number>();
  choices.forEach((choice, i) => {
    const row = rows.get(choice.row);
    const candidates = row ? ("candidates" in row ? row.candidates : [row.hargaItem]) : [];
    const item = candidates.find((c) => c.id === choice.hargaItemId);
    if (seen.has(choice.row)) problems.push({ path: `choices.${i}.row`, message: `Baris ${choice.row} dipilih lebih dari sekali.` });
    else if (!row) problems.push({ path: `choices.${i}.row`, message: `Baris ${choice.row} tidak punya kandidat harga item.` });
    else if (choice.hargaItemId !== null && !item) {
      problems.push({ path: `choices.${i}.hargaItemId`, message: `Harga item itu bukan kandidat baris ${choice.row}.` });
    } else assigned.set(choice.row, item ?? null);
    seen.add(choice.row);
  });
  if (problems.length > 0) return { ok: false, problems };

  const perItem = new Map<string, PriceUpdate>();
  for (const [rowNumber, item] of assigned) {
    if (!item) continue;
    const harga = rows.get(rowNumber)!.newHarga;
    const update = perItem.get(item.id);
    if (!update) perItem.set(item.id, { item, harga, rows: [rowNumber] });
    else if (update.harga === harga) update.rows.push(rowNumber);
    else {
      problems.push({
        path: "choices",
        message: `Kode ${item.kode} diberi dua harga berbeda (baris ${update.rows[0]} dan ${rowNumber}); pilih salah satu baris saja.`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const all = [...perItem.values()].sort((a, b) => a.rows[0]! - b.rows[0]!);
  const chosenRows = all.reduce((n, u) => n + u.rows.length, 0);
  return {
    ok: true,
    value: {
      updates: all.filter((u) => u.harga !== u.item.harga),
      unchanged: all.filter((u) => u.harga === u.item.harga).length,
      skipped: rows.size - chosenRows,
    },
  };
}
