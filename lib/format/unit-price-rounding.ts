/**
 * How a page or document names the rounding of its figures (docs/calculation.md). Browser-safe:
 * the Rekap RAB page and every money document print the same sentence.
 */
import type { UnitPriceRounding } from "@/lib/calc/rounding";

const STEPS: Record<UnitPriceRounding, string> = { "0.01": "sen (Rp 0,01)", "1": "Rp 1", "10": "Rp 10", "100": "Rp 100" };

/** "ke Rp 100": the choice itself, for a select and after "dibulatkan". */
export function unitPriceRoundingLabel(rounding: UnitPriceRounding): string {
  return `ke ${STEPS[rounding]}`;
}

/** The line a Rekap RAB prints under its totals. */
export function rekapRoundingNote(rounding: UnitPriceRounding): string {
  return `Pembulatan: harga satuan dibulatkan ke ${STEPS[rounding]}; jumlah harga dan PPN ke sen (Rp 0,01).`;
}

/** The line a Rincian AHSP prints: its G is to the sen, the harga satuan it prints below G is rounded. */
export function rincianRoundingNote(rounding: UnitPriceRounding): string {
  const hargaSatuan = rounding === "0.01" ? "" : `; harga satuan (dari G) dibulatkan ke ${STEPS[rounding]}`;
  return `Pembulatan: jumlah harga tiap baris dan F dibulatkan ke sen (Rp 0,01)${hargaSatuan}.`;
}

/** The line a jadwal prints: its bobot come from the Rekap RAB's printed jumlah. */
export function jadwalRoundingNote(rounding: UnitPriceRounding): string {
  return `Bobot = jumlah harga pekerjaan ÷ jumlah biaya langsung (D) pada Rekap RAB; harga satuan dibulatkan ke ${STEPS[rounding]}, jumlah harga ke sen.`;
}

/** The line a Rekap Kebutuhan prints. */
export const KEBUTUHAN_ROUNDING_NOTE =
  "Pembulatan: kebutuhan dicetak 3 desimal; jumlah harga tiap baris = kebutuhan × harga, dibulatkan ke sen (Rp 0,01).";
