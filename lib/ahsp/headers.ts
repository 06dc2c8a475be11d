/** Header row handling: alias matching and locating the header in the first rows. */

export type ColumnKey =
  | "kode"
  | "uraian"
  | "satuan"
  | "citation"
  | "klasifikasi"
  | "subKlasifikasi"
  | "kategori"
  | "kodeItem"
  | "uraianItem"
  | "satuanItem"
  | "koefisien";

interface ColumnSpec {
  /** Name used in messages: the column name of the reference dataset. */
  canonical: string;
  aliases: readonly string[];
  required: boolean;
}

export const COLUMN_SPECS: Readonly<Record<ColumnKey, ColumnSpec>> = {
  kode: { canonical: "kode_ahsp", aliases: ["kode_ahsp", "kode", "kode ahsp"], required: true },
  uraian: { canonical: "nama_ahsp", aliases: ["nama_ahsp", "uraian", "nama"], required: true },
  satuan: { canonical: "satuan", aliases: ["satuan", "satuan_parsed", "satuan_ahsp"], required: true },
  citation: { canonical: "ref_permen_8_2023", aliases: ["ref_permen_8_2023", "referensi", "citation"], required: false },
  klasifikasi: { canonical: "klasifikasi", aliases: ["klasifikasi"], required: false },
  subKlasifikasi: { canonical: "sub_klasifikasi", aliases: ["sub_klasifikasi"], required: false },
  kategori: { canonical: "kategori", aliases: ["kategori", "kelompok", "jenis"], required: true },
  kodeItem: { canonical: "kode_item", aliases: ["kode_item", "kode item"], required: true },
  uraianItem: { canonical: "uraian_item", aliases: ["uraian_item", "nama_item"], required: true },
  satuanItem: { canonical: "satuan_item", aliases: ["satuan_item"], required: true },
  koefisien: { canonical: "koefisien", aliases: ["koefisien", "koef", "koefisien_item"], required: true },
};

const COLUMN_KEYS = Object.keys(COLUMN_SPECS) as ColumnKey[];

/** Case, space, underscore and hyphen insensitive: "Kode AHSP" = "kode_ahsp" = "KODE-AHSP". */
export function normalizeHeader(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-.]+/g, "");
}

const ALIAS_TO_KEY: ReadonlyMap<string, ColumnKey> = new Map(
  COLUMN_KEYS.flatMap((key) => COLUMN_SPECS[key].aliases.map((alias) => [normalizeHeader(alias), key] as const)),
);

export function columnForHeader(text: string): ColumnKey | undefined {
  return ALIAS_TO_KEY.get(normalizeHeader(text));
}

/** 0-based cell index of every recognised column. */
export type ColumnMap = Partial<Record<ColumnKey, number>>;

export type HeaderResolution =
  | { ok: true; columns: ColumnMap & Record<RequiredColumnKey, number> }
  | { ok: false; missing: string[]; duplicates: string[]; recognised: number };

export type RequiredColumnKey = "kode" | "uraian" | "satuan" | "kategori" | "kodeItem" | "uraianItem" | "satuanItem" | "koefisien";

/** Maps header cells to columns; a column named twice is refused rather than guessed. */
export function resolveHeader(cells: readonly string[]): HeaderResolution {
  const columns: ColumnMap = {};
  const headerOf: Partial<Record<ColumnKey, string>> = {};
  const duplicates: string[] = [];
  cells.forEach((cell, index) => {
    const key = columnForHeader(cell);
    if (!key) return;
    if (columns[key] !== undefined) {
      duplicates.push(`${headerOf[key] ?? ""} / ${cell.trim()}`);
      return;
    }
    columns[key] = index;
    headerOf[key] = cell.trim();
  });
  const missing = COLUMN_KEYS.filter((k) => COLUMN_SPECS[k].required && columns[k] === undefined).map(
    (k) => COLUMN_SPECS[k].canonical,
  );
  if (missing.length > 0 || duplicates.length > 0) {
    return { ok: false, missing, duplicates, recognised: Object.keys(columns).length };
  }
  return { ok: true, columns: columns as ColumnMap & Record<RequiredColumnKey, number> };
}
