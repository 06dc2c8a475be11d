import { analyzeProject, type Decimal, type ProjectAnalysis } from "@/lib/calc";
import { decimalParser, type LoadedProject } from "./load";

/**
 * Runs the calc engine over a project loaded with lines (already in the engine's line shape).
 * Only harga > 0 goes into the price map: a resource still at 0 costs the same either way,
 * and this way it shows up in the engine's `unpricedKode`, the list the UI warns about.
 */
export function analyzeLoaded(project: LoadedProject): ProjectAnalysis {
  const decimal = decimalParser();
  const prices = new Map<string, Decimal>();
  for (const item of project.hargaItems.values()) {
    const harga = decimal(item.harga);
    if (!harga.isZero()) prices.set(item.kode, harga);
  }
  return analyzeProject({
    pekerjaan: [...project.pekerjaan.values()],
    prices,
    overheadProfitPercent: project.pricing.overheadProfitPercent,
    unitPriceRounding: project.pricing.unitPriceRounding,
  });
}
