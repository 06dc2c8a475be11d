/**
 * npm run ref:convert [-- <source.csv> [<target.csv.gz>]]
 *
 * Converts the extracted national list (../shared/data/ahsp/ahsp_cipta_karya_2025.csv, see its
 * README) into the library the app ships: the importer's own flat layout (the columns
 * lib/ahsp/headers.ts reads), gzip-compressed, at prisma/seed/ahsp-cipta-karya-2025.csv.gz.
 * Only a developer runs this; the app never reads ../shared.
 *
 * Values stay as found, defects included: the importer reports them (koefisien 0, items
 * without labour, 2.2.1.1.1's copied koefisien, …) and the admin pages show that report.
 * The one change is the labour codes: the source's own codes (TK-0005 Pekerja, …) become the
 * standard's L.01–L.04 where a line is one of those four roles (see LABOUR_CODES).
 *
 * Deterministic: the same source gives the same bytes (rows in source order, "\n" line ends,
 * gzip by fflate at a fixed level with mtime 0), so ahsp-convert.test.ts can compare the
 * committed file with a fresh conversion.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "csv-parse/sync";
import { gzipSync } from "fflate";

const ROOT = path.resolve(import.meta.dirname, "..");
export const SOURCE_FILE = path.resolve(ROOT, "../shared/data/ahsp/ahsp_cipta_karya_2025.csv");
export const LIBRARY_FILE = path.join(ROOT, "prisma/seed/ahsp-cipta-karya-2025.csv.gz");

/** The importer's flat layout, in the order lib/ahsp/headers.ts documents. */
const TARGET_HEADER = [
  "kode_ahsp",
  "nama_ahsp",
  "satuan",
  "ref_permen_8_2023",
  "kategori",
  "kode_item",
  "uraian_item",
  "satuan_item",
  "koefisien",
];
/** Where each target column comes from in the source (which calls the item unit satuan_parsed). */
const SOURCE_COLUMN: Record<string, string> = { satuan: "satuan_parsed" };

/**
 * The standard's labour codes (Permen PUPR 8/2023: L.01 Pekerja, L.02 Tukang, L.03 Kepala
 * tukang, L.04 Mandor), by the source's resource name with case, spaces and punctuation
 * ignored. Every building trade the source names is a tukang (L.02): batu, tembok, kayu,
 * besi / besi beton and cat / pelitur, as the standard's own tables code them. Specialist
 * trades (listrik, pipa, las, kaca, aluminium, tanam, ereksi, …), the survey and operator
 * roles and "Kepala Tukang Tanam" keep the source's codes: their wages differ from a tukang's.
 */
const LABOUR_CODES: ReadonlyMap<string, string> = new Map([
  ["pekerja", "L.01"],
  ["tukang", "L.02"],
  ["tukang batu", "L.02"],
  ["tukang tembok", "L.02"],
  ["tukang batu tembok", "L.02"],
  ["tukang kayu", "L.02"],
  ["tukang besi", "L.02"],
  ["tukang besi besi beton", "L.02"],
  ["tukang cat pelitur", "L.02"],
  ["kepala tukang", "L.03"],
  ["kepalatukang", "L.03"],
  ["mandor", "L.04"],
]);

/**
 * Only day rates (OH) take a standard code: the source also has Mandor and Pekerja per hour
 * (OJ) and a few lines without a unit, and one code can carry only one unit and price in a
 * project's Harga Items.
 */
export function labourCode(line: { kategori: string; uraian_item: string; satuan_item: string }): string | undefined {
  if (line.kategori !== "TK" || line.satuan_item.trim().toUpperCase() !== "OH") return undefined;
  const name = line.uraian_item
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
  return LABOUR_CODES.get(name);
}

function csvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The source CSV's text → the library CSV's text (uncompressed). */
export function convertAhspSource(sourceText: string): string {
  const records = parse(sourceText, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  const rows = records.map((record) => {
    const cells = TARGET_HEADER.map((column) => {
      const value = record[SOURCE_COLUMN[column] ?? column];
      if (value === undefined) throw new Error(`source column ${SOURCE_COLUMN[column] ?? column} is missing`);
      return value;
    });
    const code = labourCode({
      kategori: record.kategori ?? "",
      uraian_item: record.uraian_item ?? "",
      satuan_item: record.satuan_item ?? "",
    });
    if (code) cells[TARGET_HEADER.indexOf("kode_item")] = code;
    return cells.map(csvField).join(",");
  });
  return [TARGET_HEADER.join(","), ...rows].join("\n") + "\n";
}

/** The compressed library file's bytes for a source text. */
export function libraryFileBytes(sourceText: string): Uint8Array {
  return gzipSync(new TextEncoder().encode(convertAhspSource(sourceText)), { level: 9, mtime: 0 });
}

function main(argv: string[]): void {
  const [source = SOURCE_FILE, target = LIBRARY_FILE] = argv;
  const bytes = libraryFileBytes(readFileSync(source, "utf8"));
  writeFileSync(target, bytes);
  console.log(`${path.relative(ROOT, target)}: ${bytes.byteLength} byte (dari ${path.relative(ROOT, source)})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2));
