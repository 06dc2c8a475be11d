/**
 * The one place numbers are read from and written to the screen (id-ID style).
 *
 * Values travel as exact decimal strings with "." ("451000.00", the API's format). Display
 * formatting works on that text, so a price never passes through a binary float on its way
 * to the screen, and rounding (half-up, only where a caller asks for fewer decimals) is done
 * on the digits too. Pure: no DOM, no Intl, no framework.
 */

import { terbilangAngka } from "@/lib/calc/terbilang";
import { classifyDecimalText, inferDecimalStyle, type ClassifiedNumber } from "./number-text";

/**
 * The kinds of number a person types, with the decimals each keeps (the API column's scale)
 * and whether it may be negative. The decimals decide the one rule that differs: see parseTyped.
 */
export const NUMBER_KINDS = {
  money: { decimals: 2, negative: false },
  percent: { decimals: 2, negative: false },
  volume: { decimals: 3, negative: false },
  koefisien: { decimals: 6, negative: false },
  parameter: { decimals: 6, negative: true },
  count: { decimals: 0, negative: false },
} as const;
export type NumberKind = keyof typeof NUMBER_KINDS;

/** Which separator is the decimal point: "comma" is id-ID (1.234,5), "dot" spreadsheet/en-US (1,234.5). */
export type DecimalSeparator = "comma" | "dot";

export type ParseResult =
  | { ok: true; value: string; /** The exact value before a paste's rounding to the field's decimals. */ roundedFrom?: string }
  | { ok: false; error: string; /** The text has two readings and the field cannot tell which. */ ambiguous?: true };

export interface ParseOptions {
  /** The decimal separator a whole paste was judged (or chosen) to use; see judgePaste. */
  separator?: DecimalSeparator;
  /** Round half-up to the field's decimals instead of refusing (pasted prices), reporting it. */
  round?: boolean;
}

type Ambiguous = Extract<ClassifiedNumber, { kind: "ambiguous" }>;

/**
 * Reads what a person types into a field of `kind`, returning an API decimal string ("." decimal).
 * The rule is id-ID and never guesses silently:
 * - `2,125`, `2125`, `2.125,5`, `1.234.567` (and spreadsheet forms such as `1,234.5`, `0.015`,
 *   `12.5`, which only one reading can produce) mean the same in every field;
 * - a lone dot before exactly three digits (`15.750`) is thousands in a field of at most
 *   2 decimals (prices, percentages: `15.000` is fifteen thousand) and refused, naming both
 *   readings, in a field with 3 or more (volume, koefisien, parameter), unless a paste's
 *   judgement (`options.separator`) settles it.
 * `Rp`, spaces, NBSP and narrow NBSP thousands separators, `−` and (percent) `%` are allowed.
 */
export function parseTyped(text: string, kind: NumberKind, options: ParseOptions = {}): ParseResult {
  const bare = bareNumber(text, kind);
  if (bare === "") return fail("Isi dengan angka.");
  if (!/^[+-]?[\d.,]+$/.test(bare) || !/\d/.test(bare)) return fail("Bukan angka yang valid.");
  const c = classifyDecimalText(bare);
  if (c.kind === "invalid") return fail("Format angka tidak dikenali.");
  if (c.kind !== "ambiguous") return fitted(c.normalized, kind, options.round);
  const reading = readingOf(c, kind, options.separator);
  if (reading === null) return { ok: false, error: ambiguityMessage(c), ambiguous: true };
  return fitted(reading, kind, options.round);
}

/** The text without what is not part of the number: "Rp 1 234,5" → "1234,5". */
function bareNumber(text: string, kind: NumberKind): string {
  const trimmed = text.trim().replace(/^rp\.?/i, "");
  const withoutPercent = kind === "percent" ? trimmed.replace(/%$/, "") : trimmed;
  return withoutPercent.replace(/[\s\u00a0\u202f']/g, "").replace(/^\u2212/, "-");
}

/** One separator before exactly three digits: which reading, or null when the person must say. */
function readingOf(c: Ambiguous, kind: NumberKind, separator: DecimalSeparator | undefined): string | null {
  if (separator) return (c.separator === "," ? "comma" : "dot") === separator ? c.asDecimal : c.asThousands;
  if (c.separator === ",") return c.asDecimal; // id-ID: a comma is the decimal point
  return NUMBER_KINDS[kind].decimals <= 2 ? c.asThousands : null;
}

/** "2,125 atau 2.125 (dua ribu seratus dua puluh lima)? …": both readings, the larger in words. */
function ambiguityMessage(c: Ambiguous): string {
  const thousands = `${formatDecimal(c.asThousands)} (${terbilangAngka(c.asThousands)})`;
  return `${formatDecimal(c.asDecimal)} atau ${thousands}? Ketik ${formatDecimal(c.asDecimal)} atau ${c.asThousands}.`;
}

/** Sign and decimals checked against the field; canonical text without padding zeros. */
function fitted(normalized: string, kind: NumberKind, round = false): ParseResult {
  const { decimals, negative: allowNegative } = NUMBER_KINDS[kind];
  const negative = normalized.startsWith("-");
  const [wholeText = "", fractionText = ""] = normalized.replace(/^[+-]/, "").split(".");
  const { whole, fraction } = normalize(wholeText, fractionText);
  const exact = canonical(negative, whole, fraction);
  if (exact !== "0" && negative && !allowNegative) return fail("Tidak boleh negatif.");
  if (fraction.length <= decimals) return { ok: true, value: exact };
  if (!round) return fail(decimals === 0 ? "Harus bilangan bulat." : `Maksimal ${decimals} angka di belakang koma.`);
  const rounded = roundHalfUp(whole, fraction, decimals);
  const kept = normalize(rounded.whole, rounded.fraction);
  return { ok: true, value: canonical(negative, kept.whole, kept.fraction), roundedFrom: exact };
}

function canonical(negative: boolean, whole: string, fraction: string): string {
  const zero = /^0*$/.test(whole + fraction);
  return `${negative && !zero ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

function fail(error: string): ParseResult {
  return { ok: false, error };
}

function normalize(whole: string, fraction: string): { whole: string; fraction: string } {
  return { whole: whole.replace(/^0+(?=\d)/, "") || "0", fraction: fraction.replace(/0+$/, "") };
}

export interface FormatOptions {
  /** Round half-up to at most this many decimals. */
  maxDecimals?: number;
  /** Pad with zeros to at least this many decimals (money: 2). */
  minDecimals?: number;
}

export type PasteJudgement =
  | { status: "clear"; separator?: DecimalSeparator }
  /** Some values stay ambiguous: ask the person once for the whole paste. `example` is one of them. */
  | { status: "ask"; example: string }
  | { status: "mixed"; error: string };

/**
 * A pasted block (several cells, e.g. from Excel) is judged as a whole: when any value can
 * only be read with a comma decimal (`4,5`, `1.234,5`, `1.234.567`), dots are thousands; when
 * any can only be read with a dot decimal (`0.015`, `12.5`, `1,234.5`), dots are decimals,
 * except in a price or percent, whose own rule (`15.000` is fifteen thousand) that evidence
 * contradicts. What stays ambiguous is asked about once, for the whole block.
 */
export function judgePaste(texts: readonly string[], kind: NumberKind): PasteJudgement {
  const bare = texts.map((t) => bareNumber(t, kind));
  const style = inferDecimalStyle(bare);
  if (style === "mixed") {
    return {
      status: "mixed",
      error: "Tempelan memakai dua gaya angka sekaligus (mis. 1.234,5 dan 1,234.5). Samakan dahulu, lalu tempel lagi.",
    };
  }
  if (style === "comma") return { status: "clear", separator: "comma" };
  const loneDot = bare.find((t) => {
    const c = classifyDecimalText(t);
    return c.kind === "ambiguous" && c.separator === ".";
  });
  const fieldSettles = NUMBER_KINDS[kind].decimals <= 2;
  if (style === "dot")
    return loneDot !== undefined && fieldSettles ? { status: "ask", example: loneDot } : { status: "clear", separator: "dot" };
  return loneDot !== undefined && !fieldSettles ? { status: "ask", example: loneDot } : { status: "clear" };
}

/**
 * An API decimal string ("1234567.891") in id-ID style ("1.234.567,891"). Without options the
 * digits are shown exactly as given; `maxDecimals` rounds half-up, `minDecimals` pads.
 */
export function formatDecimal(value: string, options: FormatOptions = {}): string {
  const parsed = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!parsed) return value;
  const [, sign = "", wholeDigits = "0", fractionDigits = ""] = parsed;
  let { whole, fraction } = roundHalfUp(wholeDigits, fractionDigits, options.maxDecimals);
  if (options.maxDecimals !== undefined) fraction = fraction.replace(/0+$/, "");
  if (options.minDecimals !== undefined) fraction = fraction.padEnd(options.minDecimals, "0");
  whole = whole.replace(/^0+(?=\d)/, "");
  const isZero = /^0*$/.test(whole + fraction);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${sign && !isZero ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

function roundHalfUp(whole: string, fraction: string, decimals: number | undefined): { whole: string; fraction: string } {
  if (decimals === undefined || fraction.length <= decimals) return { whole, fraction };
  const kept = whole + fraction.slice(0, decimals);
  const roundUp = Number(fraction[decimals]) >= 5;
  const digits = roundUp ? incrementDigits(kept) : kept;
  const split = digits.length - decimals;
  return { whole: digits.slice(0, split) || "0", fraction: digits.slice(split) };
}

/** "0999" → "1000", "999" → "1000": adds one to a string of digits, exactly. */
function incrementDigits(digits: string): string {
  const chars = digits.split("");
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== "9") {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join("");
    }
    chars[i] = "0";
  }
  return `1${chars.join("")}`;
}

/** Money in a grid column headed "(Rp)": always two decimals, "451.000,00". */
export function formatMoney(value: string): string {
  return formatDecimal(value, { maxDecimals: 2, minDecimals: 2 });
}

/** Money with its currency, "Rp 1.234.567,89". */
export function formatRupiah(value: string): string {
  return `Rp ${formatMoney(value)}`;
}

/** Volumes and quantities (3 dp): "12.500" → "12,5". */
export function formatQuantity(value: string): string {
  return formatDecimal(value, { maxDecimals: 3 });
}

/** Koefisien keep their six decimals but not trailing zeros: "0.015000" → "0,015". */
export function formatKoefisien(value: string): string {
  return formatDecimal(value, { maxDecimals: 6 });
}

/** Percentages: "10.00" → "10", "12.50" → "12,5". */
export function formatPercent(value: string): string {
  return formatDecimal(value, { maxDecimals: 2 });
}

/**
 * The text an input starts with when a person edits a stored value of `kind`: the display
 * form without padding, which parseTyped reads back to the same value. Fields of 3 or more
 * decimals get no thousands dots ("15750", not the ambiguous "15.750").
 */
export function toInputText(value: string | null | undefined, kind: NumberKind): string {
  if (value === null || value === undefined || value === "") return "";
  const { decimals } = NUMBER_KINDS[kind];
  const text = formatDecimal(value, { maxDecimals: decimals });
  return decimals > 2 ? text.replaceAll(".", "") : text;
}

/** Whole counts ("12 pekerjaan", 2.305 item). */
export function formatInteger(value: number): string {
  return formatDecimal(String(Math.trunc(value)));
}
