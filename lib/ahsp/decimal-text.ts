import Decimal from "decimal.js";
import type { DecimalStyle } from "./types";

/**
 * Reading decimal numbers typed by people in either Indonesian (`1.234,56`) or English
 * (`1,234.56`) style. A value such as `1.234` or `17,415` is ambiguous on its own, so the
 * style is inferred once per file from the values that are not (see inferDecimalStyle).
 */

type Separator = "." | ",";

export type ClassifiedNumber =
  | { kind: "invalid" }
  /** No separator, or JS exponent form ("4e-05"): reads the same in both styles. */
  | { kind: "plain"; normalized: string }
  /** Only one style can produce this text (`0,013`, `1.234,56`, `1,234,567`). */
  | { kind: "decided"; style: "dot" | "comma"; normalized: string }
  /** One separator followed by exactly three digits (`1.234`, `17,415`). */
  | { kind: "ambiguous"; separator: Separator; asDecimal: string; asThousands: string };

const PLAIN = /^[+-]?\d+$/;
const EXPONENT = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$/;
const SINGLE_SEPARATOR = /^([+-]?)(\d*)([.,])(\d+)$/;
const GROUPED_ONLY = /^([+-]?)([1-9]\d{0,2}([.,])\d{3}(?:\3\d{3})+)$/;
const GROUPED_WITH_DECIMAL = /^([+-]?)([1-9]\d{0,2}(?:([.,])\d{3})+)([.,])(\d+)$/;

function styleWhereDecimalIs(separator: Separator): "dot" | "comma" {
  return separator === "." ? "dot" : "comma";
}

function classifySingleSeparator(match: RegExpExecArray): ClassifiedNumber {
  const [, sign = "", int = "", separator, frac = ""] = match;
  const sep = separator as Separator;
  const asDecimal = `${sign}${int || "0"}.${frac}`;
  // A thousands group needs 1-3 leading digits without a leading zero and exactly 3 after.
  const couldBeThousands = frac.length === 3 && /^[1-9]\d{0,2}$/.test(int);
  if (!couldBeThousands) return { kind: "decided", style: styleWhereDecimalIs(sep), normalized: asDecimal };
  return { kind: "ambiguous", separator: sep, asDecimal, asThousands: `${sign}${int}${frac}` };
}

/** Classifies one number text; `text` must already be trimmed. */
export function classifyDecimalText(text: string): ClassifiedNumber {
  const t = text.replace(/\u2212/g, "-"); // typographic minus sign, pasted from documents
  if (PLAIN.test(t) || EXPONENT.test(t)) return { kind: "plain", normalized: t };

  const single = SINGLE_SEPARATOR.exec(t);
  if (single) return classifySingleSeparator(single);

  const grouped = GROUPED_ONLY.exec(t);
  if (grouped) {
    const [, sign = "", digits = "", thousands] = grouped;
    const style = thousands === "." ? "comma" : "dot";
    return { kind: "decided", style, normalized: sign + digits.split(thousands ?? "").join("") };
  }

  const mixed = GROUPED_WITH_DECIMAL.exec(t);
  if (mixed) {
    const [, sign = "", intPart = "", thousands, decimal, frac = ""] = mixed;
    if (thousands === undefined || thousands === decimal) return { kind: "invalid" };
    const style = styleWhereDecimalIs(decimal as Separator);
    return { kind: "decided", style, normalized: `${sign}${intPart.split(thousands).join("")}.${frac}` };
  }
  return { kind: "invalid" };
}

/** The file's decimal style, from the values whose style is not ambiguous. */
export function inferDecimalStyle(texts: Iterable<string>): DecimalStyle {
  let dot = false;
  let comma = false;
  for (const text of texts) {
    const c = classifyDecimalText(text.trim());
    if (c.kind !== "decided") continue;
    if (c.style === "dot") dot = true;
    else comma = true;
    if (dot && comma) return "mixed";
  }
  if (dot) return "dot";
  if (comma) return "comma";
  return "unknown";
}

export type DecimalParse = { ok: true; value: Decimal } | { ok: false; reason: "invalid" | "ambiguous" };

function resolveAmbiguous(c: Extract<ClassifiedNumber, { kind: "ambiguous" }>, style: DecimalStyle): string | null {
  // With no evidence either way, one separator reads as a decimal point: koefisien are
  // mostly below 1 000, and this is how `0.013` and `0,013` are read too.
  if (style === "unknown") return c.asDecimal;
  if (style === "mixed") return null;
  return styleWhereDecimalIs(c.separator) === style ? c.asDecimal : c.asThousands;
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
