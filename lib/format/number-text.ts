/**
 * What a number text can mean, before anyone picks a reading. Shared by the typed-input
 * parser (lib/format/number.ts) and the file imports (lib/ahsp/decimal-text.ts), which
 * resolve the ambiguous case differently: a field's own rule or the person's choice there,
 * the whole file's style here. Pure and dependency-free, so the browser bundle can use it.
 */

export type Separator = "." | ",";

/** Where the decimal point is, as far as the unambiguous values tell. */
export type NumberStyle = "dot" | "comma" | "mixed" | "unknown";

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

/** The style of a file or a pasted block, from the values whose style is not ambiguous. */
export function inferDecimalStyle(texts: Iterable<string>): NumberStyle {
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
