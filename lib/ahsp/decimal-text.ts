import Decimal from "decimal.js";
import { classifyDecimalText, inferDecimalStyle, type ClassifiedNumber } from "@/lib/format/number-text";
import type { DecimalStyle } from "./types";

export { classifyDecimalText, inferDecimalStyle, type ClassifiedNumber };

/**
 * Reading decimal numbers typed by people in either Indonesian (`1.234,56`) or English
 * (`1,234.56`) style. A value such as `1.234` or `17,415` is ambiguous on its own, so the
 * style is inferred once per file from the values that are not (see inferDecimalStyle).
 */

export type DecimalParse = { ok: true; value: Decimal } | { ok: false; reason: "invalid" | "ambiguous" };

function resolveAmbiguous(c: Extract<ClassifiedNumber, { kind: "ambiguous" }>, style: DecimalStyle): string | null {
  // With no evidence either way, one separator reads as a decimal point: koefisien are
  // mostly below 1 000, and this is how `0.013` and `0,013` are read too.
  if (style === "unknown") return c.asDecimal;
  if (style === "mixed") return null;
  const decimalStyle = c.separator === "." ? "dot" : "comma";
  return decimalStyle === style ? c.asDecimal : c.asThousands;
}

/** Parses a trimmed number text under the file's decimal style. */
export function parseDecimalText(text: string, style: DecimalStyle): DecimalParse {
  const c = classifyDecimalText(text);
  if (c.kind === "invalid") return { ok: false, reason: "invalid" };
  if (c.kind === "ambiguous") {
    const normalized = resolveAmbiguous(c, style);
    if (normalized === null) return { ok: false, reason: "ambiguous" };
    return { ok: true, value: new Decimal(normalized) };
  }
  return { ok: true, value: new Decimal(c.normalized) };
}

/** Excel stores doubles but shows (and calculates with) 15 significant digits. */
const EXCEL_SIGNIFICANT_DIGITS = 15;

/**
 * A numeric XLSX cell as the user saw it in Excel: rounding to 15 digits turns float noise
 * such as 0.30000000000000004 back into 0.3. The caller checks finiteness first.
 */
export function decimalFromExcelNumber(value: number): Decimal {
  return new Decimal(value.toPrecision(EXCEL_SIGNIFICANT_DIGITS));
}

/** Canonical text of a decimal: plain notation, no trailing zeros, no "-0". */
export function canonicalDecimal(value: Decimal): string {
  if (value.isZero()) return "0";
  return value.toFixed();
}
