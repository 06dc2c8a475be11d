/**
 * "Periksa": the values of a project that are allowed but rarely meant (a volume over
 * 1.000.000, a koefisien over 10.000, a harga over Rp 10.000.000.000; lib/format/plausible.ts,
 * the same limits the cells mark), listed on the Rekap RAB so a typo of 1.000× is caught
 * before the budget is signed. Each names where to fix it.
 */
import { koefisienText } from "@/lib/kernel/decimal";
import { implausibleNote, PLAUSIBLE_MAX, type PlausibleField } from "@/lib/format/plausible";
import type { LoadedProject } from "./load";
import type { PeriksaItem } from "./types";

/** At most this many are listed: a project full of them has a bigger problem than a list. */
export const MAX_PERIKSA = 100;

export function periksaOf(project: LoadedProject): PeriksaItem[] {
  const items: PeriksaItem[] = [];
  const check = (field: PlausibleField, pekerjaanId: string | null, label: string, value: string) => {
    const note = implausibleNote(field, value);
    if (note && items.length < MAX_PERIKSA) items.push({ field, pekerjaanId, label, value, note });
  };
  for (const p of project.pekerjaan.values()) {
    check("volume", p.id, p.uraian, p.volume);
    // Compared as Decimals first: a large project has ~12,000 lines to look at on every read.
    for (const line of p.lines) {
      if (line.koefisien.gt(PLAUSIBLE_MAX.koefisien)) check("koefisien", p.id, `${p.uraian}: ${line.kode}`, koefisienText(line.koefisien));
    }
  }
  for (const h of project.hargaItems.values()) check("harga", null, `${h.kode} ${h.uraian}`, h.harga);
  return items;
}
