/**
 * Comparison keys for matching a price list to a project's Harga Items by name and unit.
 * Only for comparing: what is stored and shown stays as the user typed it.
 */

/**
 * Lowercase, punctuation gone, whitespace collapsed: "Tukang batu/tembok" and
 * "TUKANG BATU - TEMBOK" compare equal. NFKC first, so full-width letters and "½" read as
 * their plain forms.
 */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Spellings of one unit, first the key. Price lists and AHSP write units freely (262
 * spellings in one regency's list); only spellings that cannot mean anything else are here:
 * "buah" and "unit" stay apart, as do "m" and "m2".
 */
const UNIT_SPELLINGS: readonly (readonly string[])[] = [
  ["oh", "o/h", "orang/hari", "org/hari", "oranghari", "orghari", "hariorang", "hok"],
  ["m3", "meterkubik", "kubik", "m^3", "mkubik"],
  ["m2", "meterpersegi", "m^2", "mpersegi"],
  ["m", "meter", "mtr", "m'", "m1", "meterlari", "mlari"],
  ["kg", "kilogram", "kilo", "kgs"],
  ["liter", "litre", "ltr", "lt", "l"],
  ["buah", "bh", "bj", "biji", "pcs", "pc", "piece"],
  ["lembar", "lbr", "lmbr", "lb", "sheet"],
  ["batang", "btg", "btng"],
  ["unit", "unt"],
  ["zak", "sak"],
  ["hari", "hr"],
  ["jam", "jm", "hour"],
  ["ton", "tn"],
  ["ls", "lumpsum", "lumpsump"],
  ["titik", "ttk"],
  ["roll", "rol"],
  ["galon", "gln"],
];

const UNIT_KEY: ReadonlyMap<string, string> = new Map(
  UNIT_SPELLINGS.flatMap((spellings) => spellings.map((s) => [s, spellings[0]!] as const)),
);

/**
 * The unit's key: "m³", "M3" and "meter kubik" → "m3"; "OH", "O.H." and "Orang / Hari" →
 * "oh"; "per hari" → "hari". Unknown units compare by their cleaned spelling.
 */
export function normalizeSatuan(text: string): string {
  const cleaned = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s.]+/g, "");
  const known = UNIT_KEY.get(cleaned);
  if (known) return known;
  const perUnit = cleaned.startsWith("per") ? UNIT_KEY.get(cleaned.slice(3)) : undefined;
  return perUnit ?? cleaned;
}

/** kode compared as typed apart from case and surrounding spaces. */
export function normalizeKode(text: string): string {
  return text.trim().toLowerCase();
}
