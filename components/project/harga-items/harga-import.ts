import { formatInteger } from "@/lib/format/number";
import type { HargaImportApplied, HargaImportPreview } from "@/lib/harga-items/types";

/** Per ambiguous row number: the chosen harga item id, or "" to leave the row out. */
export type AmbiguousChoices = Readonly<Record<number, string>>;

/** The `choices` field of the apply: only rows the user decided. */
export function choicesField(choices: AmbiguousChoices): string {
  const decided = Object.entries(choices).filter(([, id]) => id !== "");
  return JSON.stringify(decided.map(([row, hargaItemId]) => ({ row: Number(row), hargaItemId })));
}

/**
 * Rows the apply would write a new price from: changed matched rows and decided ambiguous
 * ones. Zero disables "Terapkan".
 */
export function pendingCount(preview: HargaImportPreview, choices: AmbiguousChoices): number {
  const decided = preview.ambiguous.filter((row) => (choices[row.row] ?? "") !== "").length;
  return preview.counts.changed + decided;
}

/** Items that two decided rows would price differently: the server would refuse them. */
export function conflictingKodes(preview: HargaImportPreview, choices: AmbiguousChoices): string[] {
  const priceOf = new Map<string, Set<string>>();
  const kodeOf = new Map<string, string>();
  const give = (id: string, kode: string, harga: string) => {
    priceOf.set(id, (priceOf.get(id) ?? new Set()).add(harga));
    kodeOf.set(id, kode);
  };
  for (const row of preview.matched) give(row.hargaItem.id, row.hargaItem.kode, row.newHarga);
  for (const row of preview.ambiguous) {
    const chosen = row.candidates.find((c) => c.id === choices[row.row]);
    if (chosen) give(chosen.id, chosen.kode, row.newHarga);
  }
  return [...priceOf].filter(([, prices]) => prices.size > 1).map(([id]) => kodeOf.get(id)!);
}

export function previewSummary(counts: HargaImportPreview["counts"]): string {
  return (
    `${formatInteger(counts.rows)} baris: ${formatInteger(counts.matched)} cocok (${formatInteger(counts.changed)} berubah), ` +
    `${formatInteger(counts.ambiguous)} ambigu, ${formatInteger(counts.unmatched)} tidak cocok, ${formatInteger(counts.invalid)} tidak valid.`
  );
}

export function appliedText({ applied }: HargaImportApplied): string {
  const parts = [`${formatInteger(applied.updated)} harga diperbarui dari daftar harga`];
  if (applied.unchanged > 0) parts.push(`${formatInteger(applied.unchanged)} sudah sama`);
  if (applied.skipped > 0) parts.push(`${formatInteger(applied.skipped)} baris dilewati`);
  return `${parts.join(", ")}.`;
}
