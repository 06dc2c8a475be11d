/**
 * CSV as Excel in Indonesia opens it: UTF-8 with a BOM (else Excel guesses a code page),
 * `;` between fields (the id-ID list separator, since "," is the decimal comma), numbers in
 * id-ID style ("1.234.567,89"), CRLF line ends. Only the tables marked `csv` are written: the
 * report's data, without the print layout (header block, signatures).
 */
import { cellText, neutralizeFormula } from "./cells";
import type { ReportDocument, Table } from "./document";

const BOM = "\uFEFF";
const SEPARATOR = ";";
const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;

/** One field: quoted when it holds the separator, a quote, a line break or edge spaces. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function tableLines(table: Table): string[] {
  const header = table.columns.map((c) => csvField(neutralizeFormula(c.header)));
  const rows = table.rows.map((row) =>
    table.columns.map((column, i) => {
      const merged = row.merge && i > row.merge.from && i <= row.merge.to;
      const cell = merged ? null : (row.cells[i] ?? null);
      const text = cellText(cell, column.kind);
      // Numbers are ours ("-1.234,5" is a number); only text can carry a formula.
      return csvField(typeof cell === "string" ? neutralizeFormula(text) : text);
    }),
  );
  return [header, ...rows].map((fields) => fields.join(SEPARATOR));
}

export function renderCsv(document: ReportDocument): Buffer {
  const tables = document.tables.filter((t) => t.csv);
  const lines = tables.flatMap((table, i) => [...(i > 0 ? [""] : []), ...tableLines(table)]);
  return Buffer.from(`${BOM}${lines.join("\r\n")}\r\n`, "utf8");
}
