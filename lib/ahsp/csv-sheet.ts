import { CsvError, parse } from "csv-parse/sync";
import { type Sheet, tooManyRows } from "./sheet";
import type { FileError } from "./types";

export const CSV_DELIMITERS = [",", ";", "\t"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** The first line that has any content, without loading more of the file. */
function firstContentLine(text: string): string {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, "");
    if (line.trim() !== "") return line;
    start = end + 1;
  }
  return "";
}

/**
 * Picks the delimiter that splits the header line into the most fields, counting only
 * outside quotes. Header names never contain delimiters, unlike descriptions further down.
 * Ties (including "no delimiter at all") go to the comma.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of firstContentLine(text)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: CsvDelimiter = ",";
  for (const d of CSV_DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * Parses decoded CSV text (RFC 4180) into rows numbered like a spreadsheet would show them.
 * The parser stops after `maxRows`+1 records (csv-parse's `to`), so a file of tiny rows never
 * becomes more than that many arrays: it answers TOO_LARGE instead.
 */
export function readCsvSheet(text: string, maxRows: number): Sheet | FileError {
  let records: string[][];
  try {
    records = parse(text, {
      to: maxRows + 1,
      delimiter: sniffDelimiter(text),
      // Fixed list instead of auto-detection, which locks onto the first line ending seen.
      record_delimiter: ["\r\n", "\n", "\r"],
      // Keep blank lines so record numbers match spreadsheet rows; the builder skips them.
      skip_empty_lines: false,
      relax_column_count: true,
      // Inch marks in unquoted descriptions (Pipa PVC 4") are common; keep them literally.
      relax_quotes: true,
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { code: "INVALID_CSV", message: `CSV tidak valid di sekitar baris ${String(error.lines)}: ${error.message}` };
  }
  if (records.length > maxRows) return tooManyRows(maxRows);
  return { rows: records.map((cells, index) => ({ row: index + 1, cells })), strictWidth: true };
}
