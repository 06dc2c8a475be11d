/**
 * A signed money difference (a decimal string) as the comparison shows it: its direction for
 * colour and label, and the amount with an explicit sign, so the direction never rests on
 * colour alone. String work only: money is never a JS number.
 */
import { formatMoney } from "@/lib/format/number";

export type DeltaDirection = "tambah" | "kurang" | "nol";

export function deltaDirection(value: string): DeltaDirection {
  if (/^-?0*(\.0*)?$/.test(value.trim())) return "nol";
  return value.trim().startsWith("-") ? "kurang" : "tambah";
}

/** "1234.5" → "+1.234,50", "-10" → "−10,00", "0.00" → "0,00". */
export function formatSignedMoney(value: string): string {
  const direction = deltaDirection(value);
  if (direction === "nol") return formatMoney("0");
  const amount = formatMoney(value.trim().replace(/^-/, ""));
  return direction === "tambah" ? `+${amount}` : `−${amount}`;
}

/** A tambah or a kurang (never negative) with its sign, "+1.000,00" / "−1.000,00"; zero is plain "0,00". */
export function formatSided(value: string, side: "tambah" | "kurang"): string {
  return formatSignedMoney(side === "kurang" && deltaDirection(value) !== "nol" ? `-${value.trim()}` : value);
}

/** Text colours on white and on the light row tints that pass WCAG AA (4.5:1) for normal text. */
export const DELTA_TEXT: Record<DeltaDirection, string> = {
  tambah: "text-green-800",
  kurang: "text-red-700",
  nol: "text-slate-600",
};
