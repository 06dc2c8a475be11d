/**
 * Prices pasted from a spreadsheet → one PATCH …/harga-items body. Two shapes are read:
 * - rows with tabs: the first cell is the kode and the last non-empty cell the price
 *   (so "kode, uraian, satuan, harga" columns paste as they are); a first row whose price
 *   is not a number is taken as the header and skipped;
 * - one column of prices: they go to the rows shown, downwards from the focused row.
 * Prices are read id-ID or "." style. Nothing is sent unless every row reads cleanly.
 */
import { parseDecimal } from "@/lib/format/number";

export const HARGA_DECIMALS = 2;

export interface PriceUpdate {
  kode: string;
  harga: string;
}

export type PasteResult = { ok: true; items: PriceUpdate[] } | { ok: false; errors: string[] };

export function parsePaste(text: string, options: { knownKode: ReadonlySet<string>; visibleKode: readonly string[]; startIndex: number }): PasteResult {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
  if (lines.length === 0 || (lines.length === 1 && lines[0]!.trim() === "")) return { ok: false, errors: ["Tidak ada yang ditempel."] };
  return lines.some((line) => line.includes("\t")) ? byKode(lines, options.knownKode) : byPosition(lines, options.visibleKode, options.startIndex);
}

function price(text: string) {
  return parseDecimal(text, { maxDecimals: HARGA_DECIMALS });
}

function byKode(lines: string[], knownKode: ReadonlySet<string>): PasteResult {
  const errors: string[] = [];
  const items = new Map<string, string>();
  lines.forEach((line, i) => {
    const cells = line.split("\t").map((c) => c.trim());
    const kode = cells[0] ?? "";
    const harga = [...cells.slice(1)].reverse().find((c) => c !== "") ?? "";
    const parsed = price(harga);
    if (i === 0 && !parsed.ok) return; // a header row
    if (kode === "" && harga === "") return;
    if (!knownKode.has(kode)) errors.push(`Baris ${i + 1}: kode “${kode}” tidak ada di daftar harga proyek.`);
    else if (!parsed.ok) errors.push(`Baris ${i + 1}: harga “${harga}”: ${parsed.error}`);
    // A kode pasted twice: the later row wins, as it would in the sheet.
    else items.set(kode, parsed.value);
  });
  return finish(errors, items);
}

function byPosition(lines: string[], visibleKode: readonly string[], startIndex: number): PasteResult {
  const available = visibleKode.length - startIndex;
  if (lines.length > available) {
    return { ok: false, errors: [`Tempelan berisi ${lines.length} harga, tetapi dari baris terpilih hanya ada ${Math.max(0, available)} item.`] };
  }
  const errors: string[] = [];
  const items = new Map<string, string>();
  lines.forEach((line, i) => {
    const kode = visibleKode[startIndex + i]!;
    const parsed = price(line.trim());
    if (parsed.ok) items.set(kode, parsed.value);
    else errors.push(`Baris ${i + 1} (${kode}): harga “${line.trim()}”: ${parsed.error}`);
  });
  return finish(errors, items);
}

function finish(errors: string[], items: Map<string, string>): PasteResult {
  if (errors.length > 0) return { ok: false, errors };
  if (items.size === 0) return { ok: false, errors: ["Tidak ada harga yang terbaca."] };
  return { ok: true, items: [...items].map(([kode, harga]) => ({ kode, harga })) };
}
