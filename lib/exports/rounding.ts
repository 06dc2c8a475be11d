/**
 * The rounding rule as the documents state and (in XLSX) recompute it (domain.md "Every
 * printed figure re-adds"): every jumlah, F and PPN to the sen; the Rekap RAB's harga satuan
 * to the project's unit-price rounding. The values themselves are the calc engine's; this
 * module only names the rounding for formulas and for the line each money document prints.
 */
import type { LoadedPricing } from "@/lib/rekap/load";

export const UNIT_PRICE_ROUNDINGS = ["0.01", "1", "10", "100"] as const;
export type UnitPriceRounding = (typeof UNIT_PRICE_ROUNDINGS)[number];

/** Digits of a spreadsheet's ROUND(x, digits) for each unit-price rounding. */
const DIGITS: Record<UnitPriceRounding, number> = { "0.01": 2, "1": 0, "10": -1, "100": -2 };

const STEP_TEXT: Record<UnitPriceRounding, string> = { "0.01": "sen (Rp 0,01)", "1": "Rp 1", "10": "Rp 10", "100": "Rp 100" };

/**
 * The project's unit-price rounding. Read defensively: a pricing without the setting (or
 * with an unknown value) rounds to the sen, the default.
 */
export function unitPriceRoundingOf(pricing: LoadedPricing): UnitPriceRounding {
  const value: unknown = (pricing as Partial<Record<"unitPriceRounding", unknown>>).unitPriceRounding;
  return UNIT_PRICE_ROUNDINGS.find((r) => r === value) ?? "0.01";
}

/** ROUND(…, digits) of a harga satuan: "1" → 0, "100" → -2. */
export function unitPriceDigits(rounding: UnitPriceRounding): number {
  return DIGITS[rounding];
}

/** A spreadsheet formula rounding `expression` half-up to the sen (Excel's ROUND is half-up). */
export function roundToSen(expression: string): string {
  return `ROUND(${expression},2)`;
}

/** The line a Rekap RAB prints under its totals. */
export function rekapRoundingNote(rounding: UnitPriceRounding): string {
  return `Pembulatan: harga satuan dibulatkan ke ${STEP_TEXT[rounding]}; jumlah harga dan PPN ke sen (Rp 0,01).`;
}

/** The line a Rincian AHSP prints: its G is to the sen, the Rekap RAB then rounds it. */
export function rincianRoundingNote(rounding: UnitPriceRounding): string {
  const hargaSatuan = rounding === "0.01" ? "" : `; pada Rekap RAB harga satuan (G) dibulatkan ke ${STEP_TEXT[rounding]}`;
  return `Pembulatan: jumlah harga tiap baris dan F dibulatkan ke sen (Rp 0,01)${hargaSatuan}.`;
}

/** The line a Rekap Kebutuhan prints. */
export const KEBUTUHAN_ROUNDING_NOTE = "Pembulatan: jumlah harga tiap baris dibulatkan ke sen (Rp 0,01).";
