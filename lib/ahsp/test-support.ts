/** Helpers shared by the lib/ahsp tests (not used by the parser itself). */
import { createHash } from "node:crypto";
import path from "node:path";
import { expect } from "vitest";
import { parseAhspImport } from "./parse-import";
import type { AhspImportCounts, AhspItem, AhspLine, AhspImportFailure, AhspImportSuccess, Kategori } from "./types";

/** The national Cipta Karya 2025 list, kept outside the repository (../shared), and its counts. */
export const NATIONAL_LIST: { path: string; counts: AhspImportCounts } = {
  path: path.resolve(import.meta.dirname, "../../../shared/data/ahsp/ahsp_cipta_karya_2025.csv"),
  counts: {
    rows: 14036,
    items: 2305,
    lines: 14036,
    perKategori: { TK: 8299, BHN: 5020, ALT: 647, LAIN: 70 },
    rejectedRows: 0,
    skippedItems: 0,
  },
};

export const HEADER = ["kode_ahsp", "nama_ahsp", "satuan", "kategori", "kode_item", "uraian_item", "satuan_item", "koefisien"] as const;

/** RFC 4180 writer: quotes fields holding the delimiter, quotes or line breaks. */
export function toCsv(rows: readonly (readonly string[])[], delimiter = ",", eol = "\n"): string {
  const quote = (field: string) => (field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  return rows.map((row) => row.map(quote).join(delimiter)).join(eol) + eol;
}

/** One flat-layout row with a default item name and unit. */
export function row(
  kode: string,
  kategori: string,
  kodeItem: string,
  uraianItem: string,
  koefisien: string,
  item: { nama?: string; satuan?: string; satuanItem?: string } = {},
): string[] {
  return [kode, item.nama ?? `Pekerjaan ${kode}`, item.satuan ?? "m3", kategori, kodeItem, uraianItem, item.satuanItem ?? "OH", koefisien];
}

export function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export async function parseOk(data: Uint8Array | string): Promise<AhspImportSuccess> {
  const result = await parseAhspImport(typeof data === "string" ? bytes(data) : data);
  if (!result.ok) expect.fail(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result;
}

export async function parseFail(data: Uint8Array | string): Promise<AhspImportFailure> {
  const result = await parseAhspImport(typeof data === "string" ? bytes(data) : data);
  if (result.ok) expect.fail("expected a file-level error");
  return result;
}

/** A valid line for hand-built items. */
export function line(position: number, kategori: Kategori, kodeItem: string, koefisien: string, uraianItem = kodeItem): AhspLine {
  return { position, kategori, kodeItem, uraianItem, satuanItem: "OH", koefisien };
}

export function item(kode: string, lines: AhspLine[], extra: Partial<AhspItem> = {}): AhspItem {
  return { kode, uraian: `Pekerjaan ${kode}`, satuan: "m3", lines, ...extra };
}

/**
 * Every parsed field in file order, line positions included (the content hash leaves
 * positions out): equal fingerprints of a file and of what the database stores mean no row
 * was changed, lost or reordered on the way.
 */
export function itemsFingerprint(items: readonly AhspItem[]): string {
  const records = items.map((i) => [
    i.kode,
    i.uraian,
    i.satuan,
    i.citation ?? null,
    i.klasifikasi ?? null,
    i.subKlasifikasi ?? null,
    i.lines.map((l) => [l.position, l.kategori, l.kodeItem, l.uraianItem, l.satuanItem, l.koefisien, l.nestedKode ?? null]),
  ]);
  return createHash("sha256").update(JSON.stringify(records)).digest("hex");
}
