/** Numbers inside Indonesian messages, id-ID style: "120,00". */
import type { Decimal } from "@/lib/calc";

const PERCENT = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function percentLabel(value: Decimal): string {
  // A display string only: the value was already checked in exact decimals.
  return PERCENT.format(Number(value.toFixed(2)));
}
