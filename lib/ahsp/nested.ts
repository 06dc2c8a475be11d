import type { AhspItem, AhspLine } from "./types";

/**
 * LAIN lines often bundle another analysis ("Beton fc' 15 MPa", "2.2.1.4.5"). Recording
 * which item a line names lets the price engine expand it instead of pricing it at 0.
 */

interface KodeIndex {
  kodes: ReadonlySet<string>;
  byUraian: ReadonlyMap<string, string>;
}

function normalizeUraian(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

// Token boundaries: whitespace, brackets, quotes and list punctuation, but not the . - /
// that structured kodes are made of.
const TOKEN_SPLIT = /[\s,;:()[\]{}"'‘’“”]+/;

/** Only structured kodes ("2.2.1.4.5", "A.4.1") are looked for inside text: a bare "1" is not. */
function isStructuredKode(kode: string): boolean {
  return /[./-]/.test(kode) && /\d/.test(kode);
}

function buildIndex(items: readonly AhspItem[]): KodeIndex {
  const kodes = new Set<string>();
  const byUraian = new Map<string, string>();
  for (const item of items) {
    kodes.add(item.kode);
    const key = normalizeUraian(item.uraian);
    if (key && !byUraian.has(key)) byUraian.set(key, item.kode);
  }
  return { kodes, byUraian };
}

function kodeTokenIn(text: string, index: KodeIndex, selfKode: string): string | undefined {
  for (const raw of text.split(TOKEN_SPLIT)) {
    const token = raw.replace(/\.+$/, ""); // "lihat 2.2.1.4.5." ends a sentence
    if (token !== selfKode && isStructuredKode(token) && index.kodes.has(token)) return token;
  }
  return undefined;
}

/** The kode of the item a LAIN line names, if any (never the line's own item). */
function findNestedKode(line: AhspLine, selfKode: string, index: KodeIndex): string | undefined {
  if (line.kategori !== "LAIN") return undefined;
  if (line.kodeItem !== selfKode && index.kodes.has(line.kodeItem)) return line.kodeItem;
  const inText = kodeTokenIn(line.uraianItem, index, selfKode);
  if (inText) return inText;
  const byName = index.byUraian.get(normalizeUraian(line.uraianItem));
  return byName !== selfKode ? byName : undefined;
}

/**
 * Returns the items with `nestedKode` set on every LAIN line that names another item of
 * the same list (exact kodeItem, a kode token in uraianItem, or uraianItem equal to that
 * item's uraian, ignoring case and spacing). Pure: inputs are not modified; items without
 * changes are returned as the same objects.
 */
export function resolveNestedKode(items: readonly AhspItem[]): AhspItem[] {
  const index = buildIndex(items);
  return items.map((item) => {
    let changed = false;
    const lines = item.lines.map((line) => {
      const nestedKode = findNestedKode(line, item.kode, index);
      if (nestedKode === line.nestedKode) return line;
      changed = true;
      const { position, kategori, kodeItem, uraianItem, satuanItem, koefisien } = line;
      const next: AhspLine = { position, kategori, kodeItem, uraianItem, satuanItem, koefisien };
      if (nestedKode !== undefined) next.nestedKode = nestedKode;
      return next;
    });
    return changed ? { ...item, lines } : item;
  });
}
