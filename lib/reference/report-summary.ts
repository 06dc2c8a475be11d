import type { AhspImportReport, AhspImportWarning, AhspWarningType } from "@/lib/ahsp/types";
import type { ReportSummary } from "./types";

/**
 * The validation report as people read it (admin page, CLI): counts, the rejected rows,
 * and warnings grouped by type with a few examples each. The full national list has
 * hundreds of warnings; a list that long hides the few that matter. Pure and
 * framework-free, so the browser can import the labels too.
 */

export const WARNING_LABELS: Record<AhspWarningType, string> = {
  LABOUR_KOEFISIEN_HIGH: "Koefisien tenaga kerja ≥ 100 OH per satuan (pemisah desimal hilang?)",
  IDENTICAL_TO_NEIGHBOUR: "Koefisien sama persis dengan item tetangga (tersalin?)",
  REPEATED_RESOURCE: "Sumber daya muncul lebih dari sekali dalam satu item",
  NO_TK_LINE: "Item tanpa baris tenaga kerja (TK)",
  KOEFISIEN_ZERO: "Koefisien bernilai 0",
  EMPTY_UNIT: "Satuan item kosong",
  KATEGORI_UNRECOGNISED: "Kategori tidak dikenal, dibaca sebagai LAIN",
  ITEM_FIELDS_DIFFER: "Uraian/satuan item berbeda antar baris",
  KODE_NOT_CONTIGUOUS: "Baris satu item tidak berurutan",
};

/** Display order: likely data errors first, then the merely unusual. */
const WARNING_ORDER = Object.keys(WARNING_LABELS) as AhspWarningType[];

export const EXAMPLES_PER_WARNING = 5;
export const REJECTED_ROWS_SHOWN = 200;

export interface WarningGroup {
  type: AhspWarningType;
  label: string;
  /** Warnings of this type (one per line or per item, depending on the check). */
  count: number;
  /** Distinct items affected. */
  items: number;
  examples: AhspImportWarning[];
}

function groupWarnings(warnings: readonly AhspImportWarning[]): WarningGroup[] {
  const byType = new Map<AhspWarningType, AhspImportWarning[]>();
  for (const w of warnings) {
    const list = byType.get(w.type) ?? [];
    list.push(w);
    byType.set(w.type, list);
  }
  return WARNING_ORDER.flatMap((type) => {
    const list = byType.get(type);
    if (!list) return [];
    const items = new Set(list.map((w) => w.kode)).size;
    return [{ type, label: WARNING_LABELS[type], count: list.length, items, examples: list.slice(0, EXAMPLES_PER_WARNING) }];
  });
}

export function summarizeReport(report: AhspImportReport): ReportSummary {
  const summary: ReportSummary = {
    counts: report.counts,
    decimalStyle: report.decimalStyle,
    rejected: report.rejected.slice(0, REJECTED_ROWS_SHOWN),
    skippedKodes: report.skippedKodes,
    warnings: groupWarnings(report.warnings),
  };
  if (report.sheetName !== undefined) summary.sheetName = report.sheetName;
  return summary;
}
