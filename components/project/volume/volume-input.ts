/**
 * What the estimator types in a Volume cell → the body of PUT …/volume. A leading "=" makes
 * it a formula over the project's parameters (`=panjang*lebar*0.15`, evaluated by the
 * server, never here); anything else is a number, id-ID or "." style, 3 decimals at most.
 */
import { parseDecimal } from "@/lib/format/number";

export type VolumeBody = { value: string } | { formula: string };
export type VolumeParse = { ok: true; body: VolumeBody } | { ok: false; error: string };

export const VOLUME_DECIMALS = 3;

export function volumeFromCell(text: string): VolumeParse {
  const trimmed = text.trim();
  if (trimmed.startsWith("=")) return formulaFromCell(trimmed.slice(1), null);
  if (trimmed === "") return { ok: true, body: { value: "0" } };
  const parsed = parseDecimal(trimmed, { maxDecimals: VOLUME_DECIMALS });
  return parsed.ok ? { ok: true, body: { value: parsed.value } } : { ok: false, error: parsed.error };
}

/**
 * The Rumus cell: a formula with or without its "=". Emptying it keeps the current volume
 * as a fixed value (`currentVolume`), or refuses when there is none to keep.
 */
export function formulaFromCell(text: string, currentVolume: string | null): VolumeParse {
  const formula = text.trim().replace(/^=\s*/, "");
  if (formula !== "") return { ok: true, body: { formula } };
  return currentVolume === null ? { ok: false, error: "Rumus kosong." } : { ok: true, body: { value: currentVolume } };
}
