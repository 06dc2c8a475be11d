import type { Kategori } from "./types";

// Words seen in field spreadsheets, after normalizeWord(). Everything else is LAIN.
const KATEGORI_WORDS: ReadonlyMap<string, Kategori> = new Map<string, Kategori>([
  ["tk", "TK"],
  ["tenaga kerja", "TK"],
  ["tenaga", "TK"],
  ["upah", "TK"],
  ["upah kerja", "TK"],
  ["upah tenaga kerja", "TK"],
  ["pekerja", "TK"],
  ["labour", "TK"],
  ["labor", "TK"],
  ["bhn", "BHN"],
  ["bahan", "BHN"],
  ["material", "BHN"],
  ["materials", "BHN"],
  ["alt", "ALT"],
  ["alat", "ALT"],
  ["peralatan", "ALT"],
  ["equipment", "ALT"],
]);

// Words that legitimately mean "other": mapping them to LAIN is not worth a warning.
const LAIN_WORDS: ReadonlySet<string> = new Set(["lain", "lain lain", "lainnya", "other", "others"]);

export interface KategoriMatch {
  kategori: Kategori;
  /** False when the word was not recognised and fell back to LAIN: the report warns about it. */
  recognised: boolean;
}

function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Maps a kategori word from a file ("Tenaga Kerja", "bahan", "ALT", …) to its code. */
export function mapKategori(word: string): KategoriMatch {
  const normalized = normalizeWord(word);
  const kategori = KATEGORI_WORDS.get(normalized);
  if (kategori) return { kategori, recognised: true };
  return { kategori: "LAIN", recognised: LAIN_WORDS.has(normalized) };
}
