import type { Kategori } from "@/lib/ahsp/types";
import { KATEGORI_LABELS } from "@/lib/format/kategori";

export { KATEGORI_LABELS };

export const KATEGORI_ORDER = Object.keys(KATEGORI_LABELS) as Kategori[];
