/**
 * How a page or document names the project's unit-price rounding. Browser-safe: pages and
 * exports share these words.
 */
import type { UnitPriceRounding } from "@/lib/calc/rounding";

const LABELS: Record<UnitPriceRounding, string> = {
  "0.01": "ke sen (Rp 0,01)",
  "1": "ke Rp 1",
  "10": "ke Rp 10",
  "100": "ke Rp 100",
};

/** "ke Rp 100": the choice itself, for a select and after "dibulatkan". */
export function unitPriceRoundingLabel(rounding: UnitPriceRounding): string {
  return LABELS[rounding];
}

/** The sentence every money document prints, e.g. "Harga satuan pekerjaan dibulatkan ke Rp 100." */
export function unitPriceRoundingNote(rounding: UnitPriceRounding): string {
  return `Harga satuan pekerjaan dibulatkan ${LABELS[rounding]}.`;
}
