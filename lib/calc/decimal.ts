/**
 * Exact decimal arithmetic for money and quantities.
 *
 * Binary floats cannot represent 0.1 or 12.5% exactly, and a budget of thousands of
 * lines drifts by whole rupiah when summed in floats. Every amount in the calc engine
 * is therefore a Decimal from this module, never a JS number.
 */
import DecimalJs from "decimal.js";

/**
 * A private Decimal constructor, so no other code (or a library calling `Decimal.set`)
 * can change our precision or rounding behind our back.
 * - 64 significant digits: a product koefisien (6 dp, up to 4 along a bundle chain)
 *   × harga (2 dp) × volume (3 dp) has ~29 decimals plus the integer digits, and must
 *   stay exact so that sums agree to the last digit (Rekap Kebutuhan = RAB before BUK).
 *   Divisions (bobot = jumlah / D, formula `/`) keep far more than a document shows.
 * - ROUND_HALF_UP: the rounding Indonesian documents (and Excel) use; for negatives it
 *   rounds away from zero (-0.5 → -1).
 * - toExpNeg/toExpPos: `toString()` never switches to exponent notation for the
 *   magnitudes we handle, so strings can go straight into JSON or a DECIMAL column.
 */
export const Decimal = DecimalJs.clone({
  precision: 64,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -64,
  toExpPos: 64,
});
export type Decimal = DecimalJs;

/** Anything accepted where a number is expected: `"0.15"`, `0.15`, `15n`, or a Decimal. */
export type DecimalValue = DecimalJs.Value;

/** A decimal.js rounding mode (ROUND_HALF_UP, ROUND_CEIL, …). */
export type DecimalRounding = DecimalJs.Rounding;

export const ROUND_HALF_UP = DecimalJs.ROUND_HALF_UP;

/** Thrown when a value that must be a finite number is not (NaN, Infinity, "abc", ""). */
export class DecimalInputError extends Error {
  readonly code = "INVALID_NUMBER" as const;
  readonly input: unknown;

  constructor(input: unknown, context?: string) {
    const shown = typeof input === "string" ? `"${input}"` : String(input);
    super(`Angka tidak valid${context ? ` (${context})` : ""}: ${shown}`);
    this.name = "DecimalInputError";
    this.input = input;
  }
}

// Plain decimal notation only. decimal.js itself also accepts "0x1F", "0b101",
// "Infinity" and "NaN"; none of those is a sane price, koefisien or volume.
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Converts user or database input to a finite Decimal.
 * @param context optional words naming the field, used in the error message; a function is
 *   only called on error, so hot loops do not build a message per value.
 * @throws DecimalInputError for NaN, ±Infinity, empty or non-numeric strings.
 */
export function toDecimal(value: DecimalValue, context?: string | (() => string)): Decimal {
  // Our Decimals are immutable and finite by construction: no copy (the engine's hot path).
  if (value instanceof Decimal && value.isFinite()) return value;
  const fail = () => new DecimalInputError(value, typeof context === "function" ? context() : context);
  if (typeof value === "string") {
    const trimmed = value.trim();
    if (!PLAIN_NUMBER.test(trimmed)) throw fail();
    return new Decimal(trimmed);
  }
  if (typeof value === "number" && !Number.isFinite(value)) throw fail();
  if (typeof value !== "number" && typeof value !== "bigint" && !DecimalJs.isDecimal(value)) {
    // Guards JS callers (or `as any`) passing null, objects, booleans.
    throw fail();
  }
  const d = new Decimal(value);
  if (!d.isFinite()) throw fail();
  return d;
}

/** Money as shown: 2 decimal places, half-up. Use only on a value about to be shown or stored. */
export function roundMoney(d: Decimal): Decimal {
  return d.toDecimalPlaces(2, ROUND_HALF_UP);
}

/** A quantity as shown (koefisien 6 dp, volume 3 dp, kebutuhan usually 2–3 dp), half-up. */
export function roundQty(d: Decimal, dp: number): Decimal {
  return d.toDecimalPlaces(dp, ROUND_HALF_UP);
}

/**
 * Fixed-point string for JSON / DECIMAL columns, e.g. `toDecimalString(d, 2)` → "451000.00".
 * Never "-0.00": a value that rounds to zero is shown as zero.
 */
export function toDecimalString(d: Decimal, dp: number): string {
  // One rounding pass (toFixed rounds half-up itself): this formats every value of a
  // 2,000-pekerjaan rekap, so it must stay cheap.
  const text = d.toFixed(dp, ROUND_HALF_UP);
  return NEGATIVE_ZERO.test(text) ? text.slice(1) : text;
}

const NEGATIVE_ZERO = /^-0(\.0*)?$/;

/** Sum of a list; an empty list sums to 0. */
export function sumDecimals(values: Iterable<Decimal>): Decimal {
  let total = new Decimal(0);
  for (const v of values) total = total.plus(v);
  return total;
}

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);
