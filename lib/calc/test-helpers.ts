/** Builders shared by the calc tests (not part of the public API). */
import type { CalcLine, CalcPekerjaan, Kategori } from "./analysis";
import type { DecimalValue } from "./decimal";

export function line(kategori: Kategori, kode: string, koefisien: DecimalValue): CalcLine {
  return { kategori, kode, koefisien };
}

export function bundle(pekerjaanId: string, koefisien: DecimalValue): CalcLine {
  return { kategori: "LAIN", kode: `BUNDLE-${pekerjaanId}`, koefisien, bundlePekerjaanId: pekerjaanId };
}

export function pekerjaan(id: string, volume: DecimalValue, lines: CalcLine[], overheadProfitPercent?: DecimalValue | null): CalcPekerjaan {
  return { id, volume, lines, overheadProfitPercent };
}

export function prices(entries: Record<string, DecimalValue>): Map<string, DecimalValue> {
  return new Map(Object.entries(entries));
}
