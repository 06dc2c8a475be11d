/**
 * Amounts in Indonesian words ("terbilang"), as printed under every RAB total:
 *   terbilang(8814010000) → "delapan miliar delapan ratus empat belas juta sepuluh ribu rupiah".
 *
 * Decisions:
 * - Whole rupiah only. The value is rounded half-up to an integer first, because the
 *   amount printed in words is the rounded total (pembulatan), which is an integer;
 *   sen are never spelled out.
 * - Negative amounts get "minus" in front (a budget deduction can be negative).
 * - Scales go up to desiliun (10^33); larger values throw OUT_OF_RANGE.
 * - All lower case; a document that wants "Delapan …" capitalises it itself.
 */
import { type DecimalValue, ROUND_HALF_UP, toDecimal } from "./decimal";
import { CalcError } from "./errors";

const DIGITS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
const SCALES = [
  "",
  "ribu",
  "juta",
  "miliar",
  "triliun",
  "kuadriliun",
  "kuintiliun",
  "sekstiliun",
  "septiliun",
  "oktiliun",
  "noniliun",
  "desiliun",
];

/** Words for a whole number, without "rupiah": 1001 → "seribu satu". Rounds half-up first. */
export function terbilangAngka(value: DecimalValue): string {
  const rounded = toDecimal(value, "terbilang").toDecimalPlaces(0, ROUND_HALF_UP);
  if (rounded.isZero()) return "nol";
  const digits = rounded.abs().toFixed(0);
  const groups = splitThousands(digits);
  if (groups.length > SCALES.length) {
    throw new CalcError("OUT_OF_RANGE", `Angka terlalu besar untuk terbilang: ${digits}`);
  }
  const words: string[] = [];
  groups.forEach((group, i) => {
    const scale = SCALES[groups.length - 1 - i] ?? "";
    if (group === 0) return;
    // Indonesian says "seribu", not "satu ribu" — but "satu juta", "satu miliar".
    if (group === 1 && scale === "ribu") words.push("seribu");
    else words.push(...belowThousand(group), ...(scale ? [scale] : []));
  });
  return (rounded.isNegative() ? "minus " : "") + words.join(" ");
}

/** Rupiah in words: 0 → "nol rupiah", 1000 → "seribu rupiah". */
export function terbilang(value: DecimalValue): string {
  return `${terbilangAngka(value)} rupiah`;
}

/** "8814010000" → [8, 814, 10, 0]; string-based so any size stays exact. */
function splitThousands(digits: string): number[] {
  const groups: number[] = [];
  for (let end = digits.length; end > 0; end -= 3) {
    groups.unshift(Number(digits.slice(Math.max(0, end - 3), end)));
  }
  return groups;
}

/** 1..999 */
function belowThousand(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (hundreds === 1) words.push("seratus");
  else if (hundreds > 1) words.push(digit(hundreds), "ratus");
  if (rest > 0) words.push(...belowHundred(rest));
  return words;
}

/** 1..99 */
function belowHundred(n: number): string[] {
  if (n < 10) return [digit(n)];
  if (n === 10) return ["sepuluh"];
  if (n === 11) return ["sebelas"];
  if (n < 20) return [digit(n - 10), "belas"];
  const ones = n % 10;
  const tens = [digit(Math.floor(n / 10)), "puluh"];
  return ones === 0 ? tens : [...tens, digit(ones)];
}

function digit(n: number): string {
  return DIGITS[n] ?? "";
}
