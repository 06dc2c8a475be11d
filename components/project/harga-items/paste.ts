/**
 * Prices pasted from a spreadsheet → one PATCH …/harga-items body. Two shapes are read:
 * - rows with tabs: the first cell is the kode and the last non-empty cell the price
 *   (so "kode, uraian, satuan, harga" columns paste as they are); a first row whose price
 *   is not a number is taken as the header and skipped;
 * - one column of prices: they go to the rows shown, downwards from the focused row.
 * The prices are judged as one block (judgePaste: a comma decimal anywhere makes dots thousands,
 * and in a price `15.000` is fifteen thousand anyway). More than 2 decimals (`16.066,875`, as
 * official lists print) are rounded half-up to the sen, each with a note. Nothing is sent
 * unless every row reads cleanly.
 */
import { formatDecimal, formatMoney, judgePaste, parseTyped, type DecimalSeparator } from "@/lib/format/number";

export interface PriceUpdate {
  kode: string;
  harga: string;
}

/** `notes`: the prices rounded to the sen, to show after saving; `ask`: a price whose dot the person must explain (once). */
export type PasteResult =
  { ok: true; items: PriceUpdate[]; notes: string[] } | { ok: false; errors: string[] } | { ok: false; ask: string };

export interface PasteOptions {
  knownKode: ReadonlySet<string>;
  visibleKode: readonly string[];
  startIndex: number;
  /** The person's answer to `ask`. */
  separator?: DecimalSeparator;
}

type Reader = (text: string, where: string) => ReturnType<typeof parseTyped>;

export function parsePaste(text: string, options: PasteOptions): PasteResult {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
  if (lines.length === 0 || (lines.length === 1 && lines[0]!.trim() === "")) return { ok: false, errors: ["Tidak ada yang ditempel."] };
  const tabbed = lines.some((line) => line.includes("\t"));
  const judged = options.separator
    ? { status: "clear" as const, separator: options.separator }
    : judgePaste(tabbed ? lines.map(lastCell) : lines, "money");
  if (judged.status === "mixed") return { ok: false, errors: [judged.error] };
  if (judged.status === "ask") return { ok: false, ask: judged.example };
  const notes: string[] = [];
  const read = priceReader(judged.separator, notes);
  const result = tabbed ? byKode(lines, options.knownKode, read) : byPosition(lines, options.visibleKode, options.startIndex, read);
  return result.ok ? { ...result, notes } : result;
}

function lastCell(line: string): string {
  return [...line.split("\t").slice(1)].reverse().find((c) => c.trim() !== "") ?? "";
}

function priceReader(separator: DecimalSeparator | undefined, notes: string[]): Reader {
  return (text, where) => {
    const parsed = parseTyped(text, "money", { separator, round: true });
    if (parsed.ok && parsed.roundedFrom)
      notes.push(`${where}: ${formatDecimal(parsed.roundedFrom)} dibulatkan menjadi ${formatMoney(parsed.value)}.`);
    return parsed;
  };
}

function byKode(lines: string[], knownKode: ReadonlySet<string>, price: Reader): Result {
  const errors: string[] = [];
  const items = new Map<string, string>();
  lines.forEach((line, i) => {
    const kode = line.split("\t")[0]!.trim();
    const harga = lastCell(line).trim();
    const parsed = price(harga, `Baris ${i + 1} (${kode})`);
    if (i === 0 && !parsed.ok) return; // a header row
    if (kode === "" && harga === "") return;
    if (!knownKode.has(kode)) errors.push(`Baris ${i + 1}: kode “${kode}” tidak ada di daftar harga proyek.`);
    else if (!parsed.ok) errors.push(`Baris ${i + 1}: harga “${harga}”: ${parsed.error}`);
    // A kode pasted twice: the later row wins, as it would in the sheet.
    else items.set(kode, parsed.value);
  });
  return finish(errors, items);
}

function byPosition(lines: string[], visibleKode: readonly string[], startIndex: number, price: Reader): Result {
  const available = visibleKode.length - startIndex;
  if (lines.length > available) {
    return {
      ok: false,
      errors: [`Tempelan berisi ${lines.length} harga, tetapi dari baris terpilih hanya ada ${Math.max(0, available)} item.`],
    };
  }
  const errors: string[] = [];
  const items = new Map<string, string>();
  lines.forEach((line, i) => {
    const kode = visibleKode[startIndex + i]!;
    const parsed = price(line.trim(), `Baris ${i + 1} (${kode})`);
    if (parsed.ok) items.set(kode, parsed.value);
    else errors.push(`Baris ${i + 1} (${kode}): harga “${line.trim()}”: ${parsed.error}`);
  });
  return finish(errors, items);
}

type Result = { ok: true; items: PriceUpdate[] } | { ok: false; errors: string[] };

function finish(errors: string[], items: Map<string, string>): Result {
  if (errors.length > 0) return { ok: false, errors };
  if (items.size === 0) return { ok: false, errors: ["Tidak ada harga yang terbaca."] };
  return { ok: true, items: [...items].map(([kode, harga]) => ({ kode, harga })) };
}
