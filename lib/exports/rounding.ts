/**
 * The rounding rule as the documents state and (in XLSX) recompute it (docs/calculation.md,
 * "Every printed figure re-adds"): every jumlah, F and PPN to the sen; the Rekap RAB's harga
 * satuan to the project's unit-price rounding. The values themselves are the calc engine's;
 * this module writes the rounding into formulas (the line each document prints about it is in
 * lib/format/unit-price-rounding.ts).
 */
import type { UnitPriceRounding } from "@/lib/calc";

/** Digits of a spreadsheet's ROUND(x, digits) for each unit-price rounding. */
const DIGITS: Record<UnitPriceRounding, number> = { "0.01": 2, "1": 0, "10": -1, "100": -2 };

/** ROUND(…, digits) of a harga satuan: "1" → 0, "100" → -2. */
export function unitPriceDigits(rounding: UnitPriceRounding): number {
  return DIGITS[rounding];
}

/** A spreadsheet formula rounding `expression` half-up to the sen (Excel's ROUND is half-up). */
export function roundToSen(expression: string): string {
  return `ROUND(${expression},2)`;
}
