/**
 * Harga Items: the project's price list as the Harga Items page lists it (lib/harga-items
 * listHargaItems: kategori order, then kode), one flat row per resource, so the CSV can go
 * back into a price-list import (kode, uraian, satuan, harga).
 */
import { toDecimal } from "@/lib/calc";
import { KATEGORI_LABELS } from "@/lib/format/kategori";
import type { Column, ReportDocument, Row } from "../document";
import type { ReportSource } from "../source";

const COLUMNS: Column[] = [
  { header: "No", kind: "text", width: 6 },
  { header: "Kategori", kind: "text", width: 13 },
  { header: "Kode", kind: "text", width: 12 },
  { header: "Uraian", kind: "text", width: 40 },
  { header: "Satuan", kind: "text", width: 9 },
  // "Harga (Rp)" is a header the price-list import recognises: the CSV can go back in.
  { header: "Harga (Rp)", kind: "money", width: 17 },
  { header: "Dipakai (pekerjaan)", kind: "integer", width: 11 },
];

export async function hargaItemsDocument(source: ReportSource, now: Date): Promise<ReportDocument> {
  const [items, info] = await Promise.all([source.hargaItems(), source.info("planning", now)]);
  const rows = items.map((h, i): Row => ({
    style: "item",
    cells: [String(i + 1), KATEGORI_LABELS[h.kategori], h.kode, h.uraian, h.satuan, toDecimal(h.harga), toDecimal(h.usedBy)],
  }));
  return {
    title: "Daftar Harga Satuan Upah, Bahan dan Alat",
    page: { size: "A4", orientation: "portrait" },
    ...info,
    tables: [{ sheet: "Harga Items", title: "DAFTAR HARGA SATUAN UPAH, BAHAN DAN ALAT", columns: COLUMNS, rows, csv: true }],
  };
}
