/** Header row handling: alias matching for a table's columns (the AHSP layout and others). */

export interface ColumnSpec {
  /** Name used in messages: the column name of the reference dataset. */
  canonical: string;
  aliases: readonly string[];
  required: boolean;
}

/** Case, space, underscore and hyphen insensitive: "Kode AHSP" = "kode_ahsp" = "KODE-AHSP". */
export function normalizeHeader(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-.]+/g, "");
}

/** Column indexes of a resolved header: every required column is there. */
export type ResolvedColumns<K extends string, R extends K> = Partial<Record<K, number>> & Record<R, number>;

export type HeaderResolution<K extends string, R extends K = K> =
  { ok: true; columns: ResolvedColumns<K, R> } | { ok: false; missing: string[]; duplicates: string[]; recognised: number };

/**
 * The columns of one table layout: which header texts name which column. `R` names the
 * keys whose spec says `required`, so resolved columns are typed as present.
 */
export interface HeaderSchema<K extends string, R extends K = K> {
  specs: Readonly<Record<K, ColumnSpec>>;
  columnFor(text: string): K | undefined;
  /** Maps header cells to 0-based column indexes; a column named twice is refused rather than guessed. */
  resolve(cells: readonly string[]): HeaderResolution<K, R>;
}

export function headerSchema<K extends string, R extends K>(specs: Readonly<Record<K, ColumnSpec>>): HeaderSchema<K, R> {
  const keys = Object.keys(specs) as K[];
  const aliasToKey: ReadonlyMap<string, K> = new Map(
    keys.flatMap((key) => specs[key].aliases.map((alias) => [normalizeHeader(alias), key] as const)),
  );
  const columnFor = (text: string) => aliasToKey.get(normalizeHeader(text));

  function resolve(cells: readonly string[]): HeaderResolution<K, R> {
    const columns: Partial<Record<K, number>> = {};
    const headerOf: Partial<Record<K, string>> = {};
    const duplicates: string[] = [];
    cells.forEach((cell, index) => {
      const key = columnFor(cell);
      if (!key) return;
      if (columns[key] !== undefined) {
        duplicates.push(`${headerOf[key] ?? ""} / ${cell.trim()}`);
        return;
      }
      columns[key] = index;
      headerOf[key] = cell.trim();
    });
    const missing = keys.filter((k) => specs[k].required && columns[k] === undefined).map((k) => specs[k].canonical);
    if (missing.length > 0 || duplicates.length > 0) {
      return { ok: false, missing, duplicates, recognised: Object.keys(columns).length };
    }
    // Every key with `required: true` was found above, and R lists exactly those.
    return { ok: true, columns: columns as ResolvedColumns<K, R> };
  }

  return { specs, columnFor, resolve };
}

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

export type RequiredColumnKey = "kode" | "uraian" | "satuan" | "kategori" | "kodeItem" | "uraianItem" | "satuanItem" | "koefisien";

/** The flat AHSP library layout (one row per analysis line). */
export const AHSP_HEADER: HeaderSchema<ColumnKey, RequiredColumnKey> = headerSchema(COLUMN_SPECS);

/** 0-based cell index of every recognised column. */
export type ColumnMap = Partial<Record<ColumnKey, number>>;

export function columnForHeader(text: string): ColumnKey | undefined {
  return AHSP_HEADER.columnFor(text);
}

export function resolveHeader(cells: readonly string[]): HeaderResolution<ColumnKey, RequiredColumnKey> {
  return AHSP_HEADER.resolve(cells);
}
