/**
 * Where the engine rounds. Every figure a document prints is rounded (half-up) where it is
 * printed, and every figure computed from it uses the printed value, so a reviewer with a
 * calculator re-adds every page (docs/calculation.md, "Every printed figure re-adds").
 */
import { Decimal, type DecimalValue, ROUND_HALF_UP, roundMoney } from "./decimal";
import { CalcError } from "./errors";

/** The project's choice for the printed unit price (harga satuan): to the sen, Rp 1, 10 or 100. */
export const UNIT_PRICE_ROUNDINGS = ["0.01", "1", "10", "100"] as const;
export type UnitPriceRounding = (typeof UNIT_PRICE_ROUNDINGS)[number];
export const DEFAULT_UNIT_PRICE_ROUNDING: UnitPriceRounding = "0.01";

export function isUnitPriceRounding(value: string): value is UnitPriceRounding {
  return (UNIT_PRICE_ROUNDINGS as readonly string[]).includes(value);
}

/** round(G, step) half-up: 15.721,875 → 15.721,88 (sen), 15.722 (Rp 1), 15.720 (Rp 10), 15.700 (Rp 100). */
export function roundUnitPrice(value: Decimal, rounding: string): Decimal {
  if (!isUnitPriceRounding(rounding)) {
    throw new CalcError(
      "INVALID_UNIT_PRICE_ROUNDING",
      `Pembulatan harga satuan harus salah satu dari ${UNIT_PRICE_ROUNDINGS.join(", ")}: ${rounding}`,
    );
  }
  return roundToMultiple(value, rounding);
}

/** The multiple of `step` nearest to `value`, half-up: the one rounding of unit prices and pembulatan. */
export function roundToMultiple(value: Decimal, step: DecimalValue): Decimal {
  return value.div(step).toDecimalPlaces(0, ROUND_HALF_UP).times(step);
}

const SEN = new Decimal("0.01");

/**
 * Rounds each part to the sen so that the rounded parts add up to `total` exactly (which must
 * already be in whole sen and within a few sen of the parts' exact sum): the largest-remainder
 * method. Used where a printed total is also printed split into parts.
 */
export function roundPartsToTotal<K extends string>(parts: Readonly<Record<K, Decimal>>, total: Decimal): Record<K, Decimal> {
  const keys = Object.keys(parts) as K[];
  const rounded = Object.fromEntries(keys.map((k) => [k, roundMoney(parts[k])])) as Record<K, Decimal>;
  // A count of sen (at most one per part), not money: a JS number is fine here.
  let cents = total
    .minus(keys.reduce((s, k) => s.plus(rounded[k]), new Decimal(0)))
    .div(SEN)
    .toNumber();
  if (!Number.isInteger(cents) || Math.abs(cents) > keys.length) {
    throw new Error(`internal: parts do not round to ${total.toString()}`);
  }
  while (cents !== 0) {
    const up = cents > 0;
    // The part that rounding moved furthest the other way takes the next sen.
    const remainder = (k: K) => parts[k].minus(rounded[k]);
    const pick = keys.reduce((best, k) => ((up ? remainder(k).gt(remainder(best)) : remainder(k).lt(remainder(best))) ? k : best));
    rounded[pick] = up ? rounded[pick].plus(SEN) : rounded[pick].minus(SEN);
    cents += up ? -1 : 1;
  }
  return rounded;
}
