/**
 * Values that are allowed but rarely meant: a cell shows a warning mark, and the Rekap RAB
 * lists them under "Periksa". They are never refused (a dam can have a 2.000.000 m³ volume).
 * Compared exactly on the API's decimal strings, so the browser and the server agree.
 */
import { formatDecimal } from "./number";

/** Above these a value is suspicious (id-ID: volume 1.000.000, koefisien 10.000, harga Rp 10.000.000.000). */
export const PLAUSIBLE_MAX = {
  volume: "1000000",
  koefisien: "10000",
  harga: "10000000000",
} as const;
export type PlausibleField = keyof typeof PLAUSIBLE_MAX;

const LABELS: Record<PlausibleField, string> = { volume: "Volume", koefisien: "Koefisien", harga: "Harga" };

/** Whether `value` (a decimal string such as "2000000.000") is above the field's limit. */
export function isImplausible(field: PlausibleField, value: string): boolean {
  return compareDecimal(value, PLAUSIBLE_MAX[field]) > 0;
}

/** The warning's text ("Volume di atas 1.000.000: periksa lagi."), or null for a plausible value. */
export function implausibleNote(field: PlausibleField, value: string): string | null {
  if (!isImplausible(field, value)) return null;
  const limit = formatDecimal(PLAUSIBLE_MAX[field]);
  return `${LABELS[field]} di atas ${field === "harga" ? `Rp ${limit}` : limit}: periksa lagi.`;
}

/** -1, 0 or 1 for two decimal strings ("-12.50", "3"), digit by digit, never through a float. */
export function compareDecimal(a: string, b: string): number {
  const x = parts(a);
  const y = parts(b);
  if (x.negative !== y.negative) return x.negative ? -1 : 1;
  const magnitude = compareMagnitude(x, y);
  return x.negative ? -magnitude : magnitude;
}

function parts(value: string): { negative: boolean; whole: string; fraction: string } {
  const [, sign = "", whole = "0", fraction = ""] = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(value.trim()) ?? [];
  const digits = { whole: whole.replace(/^0+/, ""), fraction: fraction.replace(/0+$/, "") };
  return { negative: sign === "-" && (digits.whole + digits.fraction).length > 0, ...digits };
}

function compareMagnitude(x: { whole: string; fraction: string }, y: { whole: string; fraction: string }): number {
  if (x.whole.length !== y.whole.length) return Math.sign(x.whole.length - y.whole.length);
  const width = Math.max(x.fraction.length, y.fraction.length);
  const left = x.whole + x.fraction.padEnd(width, "0");
  const right = y.whole + y.fraction.padEnd(width, "0");
  return left === right ? 0 : left > right ? 1 : -1;
}
