/**
 * "Kutipan referensi": how a document prints the reference citations that official AHSP
 * texts carry in their uraian, e.g. "… tinggi 2 meter (Lihat Peraturan Menteri Pekerjaan
 * Umum dan Perumahan Rakyat Nomor 8 Tahun 2023 Lampiran B U.1.1.1 (c))":
 * - full: as written;
 * - short: "(Permen PUPR 8/2023 Lampiran B U.1.1.1 (c))", the library's own citation form;
 * - none: left out.
 * Only the printed text changes; the project keeps the full uraian.
 */
import type { ReportDocument } from "./document";

export const KUTIPAN = ["full", "short", "none"] as const;
export type Kutipan = (typeof KUTIPAN)[number];

/**
 * "(Lihat <regulation> Nomor <n> Tahun <year><rest>)", the rest (Lampiran …) allowing one
 * level of parentheses, as in "U.1.1.1 (c)". At the end of the text the closing parenthesis
 * may be missing (one item of the national list lost it).
 */
const CITATION = /\s*\(Lihat\s+(Peraturan\s+[^()]*?)\s+Nomor\s+(\S+)\s+Tahun\s+(\d{4})((?:[^()]|\([^()]*\))*)(?:\)|$)/g;

/** "Peraturan Menteri Pekerjaan Umum dan Perumahan Rakyat" → "Permen PUPR"; other kinds stay written out. */
function shortRegulation(name: string): string {
  const minister = /^Peraturan\s+Menteri\s+(.+)$/.exec(name);
  if (!minister) return name;
  const initials = minister[1]!
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0]);
  return `Permen ${initials.join("")}`;
}

export function withKutipan(text: string, kutipan: Kutipan): string {
  if (kutipan === "full") return text;
  return text.replace(CITATION, (_, regulation: string, number: string, year: string, rest: string) =>
    kutipan === "none" ? "" : ` (${shortRegulation(regulation)} ${number}/${year}${rest.trimEnd()})`,
  );
}

/** The document with every text cell's citations printed as chosen. */
export function applyKutipan(document: ReportDocument, kutipan: Kutipan): ReportDocument {
  if (kutipan === "full") return document;
  const tables = document.tables.map((table) => ({
    ...table,
    rows: table.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => (typeof cell === "string" ? withKutipan(cell, kutipan) : cell)),
    })),
  }));
  return { ...document, tables };
}
