import { readFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { EditionWriteOutcome } from "@/lib/reference/edition-write";
import { importParsed, parseImportFile, type ParsedImport } from "@/lib/reference/import-file";

/**
 * The default AHSP library: the national list of bidang Cipta Karya dan Perumahan 2025
 * (Permen PUPR 8/2023 Lampiran B), 2,305 items, shipped as ahsp-cipta-karya-2025.csv.gz in
 * the importer's own flat layout. `npm run ref:convert` made it from the extracted list
 * (scripts/ahsp-convert.ts: values as found, labour coded L.01–L.04 as the standard does;
 * other resource codes are the extraction's own). It is read by the same parser and written
 * by the same import service as an uploaded file, so its validation report (koefisien 0,
 * items without labour, …) is stored with the edition for admins to review.
 */
export const AHSP_LIBRARY_EDITION = {
  name: "AHSP Cipta Karya 2025",
  citation: "Permen PUPR 8/2023 Lampiran B",
} as const;

export const AHSP_LIBRARY_FILE = path.join(import.meta.dirname, "ahsp-cipta-karya-2025.csv.gz");

/** The shipped file, parsed and hashed as an upload would be (rejected rows are left to the import's rules). */
export async function loadAhspLibrary(): Promise<ParsedImport> {
  return parseImportFile(gunzipSync(await readFile(AHSP_LIBRARY_FILE)));
}

/**
 * Loads the shipped library into the database as its edition, through the import service:
 * a second run finds the same content hash and writes nothing ("unchanged"). Rejected rows
 * (the shipped file has none) fail the seed rather than leave items out silently.
 */
export async function seedAhspLibrary(parsed?: ParsedImport): Promise<EditionWriteOutcome> {
  return importParsed(parsed ?? (await loadAhspLibrary()), { edition: AHSP_LIBRARY_EDITION.name, citation: AHSP_LIBRARY_EDITION.citation });
}
