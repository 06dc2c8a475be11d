import { koefisienFromText } from "./koefisien";
import { KATEGORI, type AhspItem, type AhspLine } from "./types";

/**
 * Checks items built outside the file parser (seed data, API input) against the rules the
 * parser enforces on files. Messages are Indonesian; an empty list means valid.
 */

export interface ItemProblem {
  kode: string;
  /** 1-based line position when the problem is in one line. */
  position?: number;
  message: string;
}

const VALID_KATEGORI: ReadonlySet<string> = new Set(KATEGORI);

function lineProblems(kode: string, line: AhspLine, expectedPosition: number): ItemProblem[] {
  const problems: string[] = [];
  if (line.position !== expectedPosition) problems.push(`posisi ${line.position}, seharusnya ${expectedPosition}`);
  if (!VALID_KATEGORI.has(line.kategori)) problems.push(`kategori "${line.kategori}" tidak valid`);
  if (line.kodeItem.trim() === "") problems.push("kode_item kosong");
  if (line.uraianItem.trim() === "") problems.push("uraian_item kosong");
  // The stored form must already be canonical: "1,5" or "0.50" would parse but are refused.
  const parsed = koefisienFromText(line.koefisien, "dot");
  if (!parsed.ok) problems.push(parsed.reason);
  else if (parsed.koefisien !== line.koefisien) problems.push(`koefisien "${line.koefisien}" tidak kanonis (${parsed.koefisien})`);
  return problems.map((message) => ({ kode, position: expectedPosition, message }));
}

function itemProblems(item: AhspItem, seen: Set<string>): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const add = (message: string) => problems.push({ kode: item.kode, message });
  if (item.kode.trim() === "") add("kode_ahsp kosong");
  else if (seen.has(item.kode)) add(`kode ${item.kode} ganda`);
  seen.add(item.kode);
  if (item.uraian.trim() === "") add("nama_ahsp kosong");
  if (item.lines.length === 0) add("item tanpa baris analisa");
  item.lines.forEach((line, j) => problems.push(...lineProblems(item.kode, line, j + 1)));
  return problems;
}

export function validateAhspItems(items: readonly AhspItem[]): ItemProblem[] {
  const seen = new Set<string>();
  return items.flatMap((item) => itemProblems(item, seen));
}
