import type { Kategori } from "@/lib/calc";

/** Display order and Indonesian names of the line categories. */
export const KATEGORI_LABELS: Record<Kategori, string> = {
  TK: "Tenaga kerja",
  BHN: "Bahan",
  ALT: "Peralatan",
  LAIN: "Lain-lain",
};
