import type { AhspItem } from "@/lib/ahsp";

/**
 * Items and lines turned into parallel column arrays, the shape `unnest()` takes: one
 * bulk INSERT per table instead of one statement per row.
 */

export interface ItemColumns {
  kode: string[];
  uraian: string[];
  satuan: string[];
  citation: (string | null)[];
  klasifikasi: (string | null)[];
  subKlasifikasi: (string | null)[];
  position: number[];
  lineCount: number[];
}

export interface LineColumns {
  itemKode: string[];
  position: number[];
  kategori: string[];
  kodeItem: string[];
  uraianItem: string[];
  satuanItem: string[];
  /** Canonical decimal strings, cast to numeric in SQL so no float ever touches them. */
  koefisien: string[];
  nestedKode: (string | null)[];
}

export function itemColumns(items: readonly AhspItem[]): ItemColumns {
  return {
    kode: items.map((i) => i.kode),
    uraian: items.map((i) => i.uraian),
    satuan: items.map((i) => i.satuan),
    citation: items.map((i) => i.citation ?? null),
    klasifikasi: items.map((i) => i.klasifikasi ?? null),
    subKlasifikasi: items.map((i) => i.subKlasifikasi ?? null),
    position: items.map((_, index) => index + 1),
    lineCount: items.map((i) => i.lines.length),
  };
}

export function lineColumns(items: readonly AhspItem[]): LineColumns {
  const columns: LineColumns = {
    itemKode: [],
    position: [],
    kategori: [],
    kodeItem: [],
    uraianItem: [],
    satuanItem: [],
    koefisien: [],
    nestedKode: [],
  };
  for (const item of items) {
    for (const line of item.lines) {
      columns.itemKode.push(item.kode);
      columns.position.push(line.position);
      columns.kategori.push(line.kategori);
      columns.kodeItem.push(line.kodeItem);
      columns.uraianItem.push(line.uraianItem);
      columns.satuanItem.push(line.satuanItem);
      columns.koefisien.push(line.koefisien);
      columns.nestedKode.push(line.nestedKode ?? null);
    }
  }
  return columns;
}
