/**
 * What the estimator types or pastes in the Volume column → the bodies of PUT …/volume(s). A
 * leading "=" makes it a formula over the project's parameters (`=panjang*lebar*0.15`,
 * evaluated by the server, never here); anything else is a number read by parseTyped's
 * volume rule (3 decimals; a lone `15.750` is refused as ambiguous).
 */
import { judgePaste, parseTyped, type DecimalSeparator } from "@/lib/format/number";

export type VolumeBody = { value: string } | { formula: string };
export type VolumeParse = { ok: true; body: VolumeBody } | { ok: false; error: string };

export function volumeFromCell(text: string, separator?: DecimalSeparator): VolumeParse {
  const trimmed = text.trim();
  if (trimmed.startsWith("=")) return formulaFromCell(trimmed.slice(1), null);
  if (trimmed === "") return { ok: true, body: { value: "0" } };
  const parsed = parseTyped(trimmed, "volume", { separator });
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

export type VolumePaste =
  | { ok: true; bodies: VolumeBody[] }
  /** The block's dots cannot be told apart: ask once, then call again with the chosen separator. */
  | { ok: false; ask: string }
  | { ok: false; errors: string[] };

/**
 * A column pasted into the Volume grid (one value per line, e.g. copied from Excel), read as
 * one block: its unambiguous values decide what a dot means for all of them (judgePaste).
 */
export function volumesFromPaste(text: string, separator?: DecimalSeparator): VolumePaste {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
  if (lines.every((line) => line.trim() === "")) return { ok: false, errors: ["Tidak ada yang ditempel."] };
  if (lines.some((line) => line.includes("\t"))) return { ok: false, errors: ["Tempel satu kolom volume saja (satu angka per baris)."] };
  if (!separator) {
    const judged = judgePaste(
      lines.filter((line) => !line.trim().startsWith("=")),
      "volume",
    );
    if (judged.status === "mixed") return { ok: false, errors: [judged.error] };
    if (judged.status === "ask") return { ok: false, ask: judged.example };
    separator = judged.separator;
  }
  const errors: string[] = [];
  const bodies = lines.map((line, i) => {
    const parsed = volumeFromCell(line, separator);
    if (!parsed.ok) errors.push(`Baris ${i + 1} (“${line.trim()}”): ${parsed.error}`);
    return parsed.ok ? parsed.body : { value: "0" };
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, bodies };
}
