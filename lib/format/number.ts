/**
 * The one place numbers are read from and written to the screen (id-ID style).
 *
 * Values travel as exact decimal strings with "." ("451000.00", the API's format). Display
 * formatting works on that text, so a price never passes through a binary float on its way
 * to the screen, and rounding (half-up, only where a caller asks for fewer decimals) is done
 * on the digits too. Pure: no DOM, no Intl, no framework.
 */

export type ParseResult = { ok: true; value: string } | { ok: false; error: string };

export interface ParseOptions {
  /** Decimal places the API column keeps; more is refused rather than silently rounded. */
  maxDecimals?: number;
  allowNegative?: boolean;
}

export interface FormatOptions {
  /** Round half-up to at most this many decimals. */
  maxDecimals?: number;
  /** Pad with zeros to at least this many decimals (money: 2). */
  minDecimals?: number;
}

const DIGITS = /^\d+$/;

/**
 * Reads what an estimator types: `1.234,5` (id-ID), `1234.5` and `1,234.5` (spreadsheet /
 * en-US), `Rp 1.234.567`, `12,5`, `-3`. Returns a plain decimal string with "." for the API.
 *
 * Where the text alone is ambiguous, the id-ID reading wins because it is the UI's own
 * format (what the user sees in every cell): a lone comma is the decimal separator
 * (`1,234` → 1.234), and a lone dot followed by exactly three digits after a short non-zero
 * integer part is a thousands separator (`1.500` → 1500, `0.015` → 0.015, `1.5` → 1.5).
 */
export function parseDecimal(text: string, options: ParseOptions = {}): ParseResult {
  const cleaned = text
    .trim()
    .replace(/^rp\.?/i, "")
    .replace(/[\s\u00a0\u202f']/g, "")
    .replace(/^\u2212/, "-");
  if (cleaned === "") return fail("Isi dengan angka.");
  const negative = cleaned.startsWith("-");
  const body = negative || cleaned.startsWith("+") ? cleaned.slice(1) : cleaned;
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return fail("Bukan angka yang valid.");

  const separators = splitSeparators(body);
  if (!separators) return fail("Format angka tidak dikenali.");
  const [whole, fraction] = separators;
  const digits = normalize(whole, fraction);
  if (options.maxDecimals !== undefined && digits.fraction.length > options.maxDecimals) {
    return fail(options.maxDecimals === 0 ? "Harus bilangan bulat." : `Maksimal ${options.maxDecimals} angka di belakang koma.`);
  }
  const zero = digits.whole === "0" && digits.fraction === "";
  if (negative && !zero && !options.allowNegative) return fail("Tidak boleh negatif.");
  const sign = negative && !zero ? "-" : "";
  return { ok: true, value: `${sign}${digits.whole}${digits.fraction ? `.${digits.fraction}` : ""}` };
}

function fail(error: string): ParseResult {
  return { ok: false, error };
}

/** [whole part without grouping, fraction digits], or null for a malformed number. */
function splitSeparators(body: string): [string, string] | null {
  const dots = count(body, ".");
  const commas = count(body, ",");
  let decimal: "." | "," | null = null;
  if (dots > 0 && commas > 0) decimal = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
  else if (commas === 1) decimal = ",";
  else if (dots === 1 && !/^[1-9]\d{0,2}\.\d{3}$/.test(body)) decimal = ".";
  if (decimal && count(body, decimal) > 1) return null;

  const [wholeText = "", fraction = ""] = decimal ? body.split(decimal) : [body];
  if (decimal && fraction !== "" && !DIGITS.test(fraction)) return null;
  const group = decimal === "." ? "," : ".";
  const wholeGroups = groupsOf(wholeText, decimal === null ? (dots > 0 ? "." : ",") : group);
  if (wholeGroups === null) return null;
  return [wholeGroups, fraction];
}

/** Removes thousands separators after checking they sit every three digits. */
function groupsOf(whole: string, separator: string): string | null {
  if (whole === "") return "0";
  if (!whole.includes(separator)) return DIGITS.test(whole) ? whole : null;
  const pattern = separator === "." ? /^\d{1,3}(\.\d{3})+$/ : /^\d{1,3}(,\d{3})+$/;
  return pattern.test(whole) ? whole.split(separator).join("") : null;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function normalize(whole: string, fraction: string): { whole: string; fraction: string } {
  return { whole: whole.replace(/^0+(?=\d)/, ""), fraction: fraction.replace(/0+$/, "") };
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
 * The text an input starts with when an estimator edits a stored value: the display form
 * without padding, which parseDecimal reads back to the same value.
 */
export function toInputText(value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  return formatDecimal(value, { maxDecimals: 6 });
}

/** Whole counts ("12 pekerjaan", 2.305 item). */
export function formatInteger(value: number): string {
  return formatDecimal(String(Math.trunc(value)));
}
