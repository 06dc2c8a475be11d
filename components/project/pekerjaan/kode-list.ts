/**
 * A list of kode AHSP pasted into a sub-klasifikasi, e.g. a column (or whole rows) copied from an
 * old Excel RAB, read into the distinct kodes to resolve (POST /api/v1/ahsp/resolve):
 * - one row per line; blank lines are passed over;
 * - cells split at tabs, semicolons and commas (a kode holds none of them), and a cell's first
 *   word is what counts, so trailing columns ("2.2.1.4  Galian tanah  m3") and spaces are ignored;
 * - the kode is the first cell with a digit that is not a bare row number ("12", "12."), so a
 *   leading "No" column is skipped too; a row with none (a header, a section title) is `skipped`;
 * - a kode met again, in any case, is dropped and counted in `duplicates`.
 * Kodes keep their order; bounds are the caller's (MAX_RESOLVE_KODES).
 */
export interface KodeList {
  kodes: string[];
  duplicates: number;
  /** Rows with text but no kode: headers, section titles. */
  skipped: number;
}

const CELL_SEPARATOR = /[\t;,]/;
const ROW_NUMBER = /^\d+\.?$/;

export function parseKodeList(text: string): KodeList {
  const seen = new Set<string>();
  const list: KodeList = { kodes: [], duplicates: 0, skipped: 0 };
  for (const line of text.split(/\r\n?|\n/)) {
    if (line.trim() === "") continue;
    const kode = kodeOf(line);
    if (kode === null) list.skipped += 1;
    else if (seen.has(kode.toLowerCase())) list.duplicates += 1;
    else {
      seen.add(kode.toLowerCase());
      list.kodes.push(kode);
    }
  }
  return list;
}

function kodeOf(line: string): string | null {
  for (const cell of line.split(CELL_SEPARATOR)) {
    const word = unquote(cell.trim().split(/\s+/)[0] ?? "");
    if (/\d/.test(word) && !ROW_NUMBER.test(word)) return word;
  }
  return null;
}

/** A cell a spreadsheet wrote as "2.2.1.4" (quoted). */
function unquote(word: string): string {
  return word.replace(/^["'“”]+|["'“”]+$/g, "");
}
