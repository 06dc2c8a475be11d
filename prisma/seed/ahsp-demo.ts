import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseImportFile, type ParsedImport } from "@/lib/reference/import-file";

/**
 * Demo AHSP library for the zero-install default: a newcomer without ../shared gets a
 * working library to estimate with. Our own curated selection of common building items,
 * kept in ahsp-demo.csv in the importer's own flat layout (one row per analysis line) and
 * read by the same parser as an uploaded file, so the seed cannot drift from what an
 * import accepts. Kode, uraian, satuan, citation and koefisien are those of the national
 * list (AHSP bidang Cipta Karya 2025, Permen PUPR 8/2023 Lampiran B) as extracted in the
 * reference dataset. Resource codes (TK-0005 Pekerja, B-0152 Semen Portland, ...) are the
 * extraction's own, not the standard's; harga-demo.ts prices them.
 *
 * The rows run from persiapan and tanah through atap, beton, pasangan, finishing and
 * sanitair; 2.2.1.4.1 (beton f'c 7,5 MPa) stands for lantai kerja.
 *
 * Left out on purpose: the BjTS/BjTP rebar items 2.2.1.1.1 to 2.2.1.1.4 and 3.1.3.7 list
 * alternative materials as parallel lines (both 1.02 kg of BjTS and of BjTP per kg), which
 * would double their price; 1.3.3.1 has no labour line; 3.6.5.2 asks 0.772 m3 of pasir
 * pasang per m2 of wall (3.6.5.1 asks 0.091), most likely a misplaced decimal. Wiremesh
 * items stand for pembesian, and kolom/balok praktis include their reinforcement.
 */
export const AHSP_DEMO_EDITION = {
  name: "AHSP Cipta Karya 2025 (demo)",
  /** What the demo is drawn from, shown next to the edition name. */
  source: "Permen PUPR 8/2023 Lampiran B, bidang Cipta Karya dan Perumahan (pilihan)",
} as const;

export const AHSP_DEMO_FILE = path.join(import.meta.dirname, "ahsp-demo.csv");

/** The demo file, parsed and hashed as an upload would be (rejected rows are left to the import's rules). */
export async function loadDemoLibrary(): Promise<ParsedImport> {
  return parseImportFile(await readFile(AHSP_DEMO_FILE));
}
