import Decimal from "decimal.js";
import { canonicalDecimal, decimalFromExcelNumber, parseDecimalText } from "./decimal-text";
import type { DecimalStyle } from "./types";

/** Precision of the standard's koefisien; more decimals are refused, not rounded. */
export const KOEFISIEN_MAX_DP = 6;
/** Far above any real koefisien; guards against runaway exponents ("1e999999"). */
const KOEFISIEN_LIMIT = new Decimal("1e12");

export type KoefisienResult = { ok: true; koefisien: string } | { ok: false; reason: string };

function checkRange(value: Decimal, shown: string): KoefisienResult {
  if (value.isNegative() && !value.isZero()) return { ok: false, reason: `koefisien negatif (${shown})` };
  if (value.abs().gte(KOEFISIEN_LIMIT)) return { ok: false, reason: `koefisien "${shown}" terlalu besar` };
  if (value.decimalPlaces() > KOEFISIEN_MAX_DP) {
    return { ok: false, reason: `koefisien "${shown}" punya lebih dari ${KOEFISIEN_MAX_DP} angka desimal` };
  }
  return { ok: true, koefisien: canonicalDecimal(value) };
}

/** Reads a koefisien typed as text, under the file's decimal style. */
export function koefisienFromText(text: string, style: DecimalStyle): KoefisienResult {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, reason: "koefisien kosong" };
  const parsed = parseDecimalText(trimmed, style);
  if (parsed.ok) return checkRange(parsed.value, trimmed);
  if (parsed.reason === "ambiguous") {
    return {
      ok: false,
      reason: `koefisien "${trimmed}" ambigu: berkas memakai dua gaya angka (1.234,56 dan 1,234.56)`,
    };
  }
  return { ok: false, reason: `koefisien "${trimmed}" bukan angka` };
}

/** Reads a koefisien stored as a number (an XLSX numeric cell or a formula's cached result). */
export function koefisienFromNumber(value: number): KoefisienResult {
  if (!Number.isFinite(value)) return { ok: false, reason: "koefisien bukan angka" };
  // Float noise is removed before the decimal-places rule is applied.
  const decimal = decimalFromExcelNumber(value);
  return checkRange(decimal, canonicalDecimal(decimal));
}
