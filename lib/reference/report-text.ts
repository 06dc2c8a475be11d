import type { Kategori } from "@/lib/ahsp/types";
import type { EditionWriteOutcome } from "./edition-write";
import type { ImportPreview } from "./types";
import type { ReportSummary } from "./types";

/** The validation report as plain text for the terminal (`npm run ref:import`). Pure. */

const number = new Intl.NumberFormat("id-ID");
const KATEGORI_ORDER: Kategori[] = ["TK", "BHN", "ALT", "LAIN"];
const REJECTED_ROWS_PRINTED = 20;

function countLines(report: ReportSummary): string[] {
  const c = report.counts;
  const perKategori = KATEGORI_ORDER.map((k) => `${k} ${number.format(c.perKategori[k])}`).join(", ");
  return [
    `Baris data   : ${number.format(c.rows)}`,
    `Item AHSP    : ${number.format(c.items)}`,
    `Baris analisa: ${number.format(c.lines)} (${perKategori})`,
    `Ditolak      : ${number.format(c.rejectedRows)} baris, ${number.format(c.skippedItems)} item dilewati`,
  ];
}

function rejectedLines(report: ReportSummary): string[] {
  if (report.rejected.length === 0) return [];
  const shown = report.rejected.slice(0, REJECTED_ROWS_PRINTED).map((r) => `  baris ${r.row}${r.kode ? ` (${r.kode})` : ""}: ${r.reason}`);
  const more = report.counts.rejectedRows - shown.length;
  return ["", "Baris ditolak:", ...shown, ...(more > 0 ? [`  … dan ${number.format(more)} baris lain`] : [])];
}

function warningLines(report: ReportSummary): string[] {
  if (report.warnings.length === 0) return ["", "Peringatan: tidak ada."];
  return [
    "",
    "Peringatan:",
    ...report.warnings.flatMap((group) => [
      `  ${group.label}: ${number.format(group.count)} (${number.format(group.items)} item)`,
      ...group.examples.map((w) => `    - ${w.row ? `baris ${w.row}, ` : ""}${w.message}`),
    ]),
  ];
}

/** What confirming the import will do to the edition; shown by the CLI and the admin page. */
export function editionStatusText(preview: ImportPreview): string {
  const e = preview.edition;
  if (!e.exists) return `Edisi "${e.name}" belum ada: akan dibuat.`;
  if (e.unchanged) return `Edisi "${e.name}" sudah berisi data yang sama persis: tidak ada yang berubah.`;
  return `Edisi "${e.name}" (${number.format(e.itemCount)} item, ${number.format(e.lineCount)} baris) akan diganti seluruhnya.`;
}

export function formatPreview(preview: ImportPreview): string {
  const report = preview.report;
  return [
    `Format: ${preview.format.toUpperCase()}${report.sheetName ? ` (lembar "${report.sheetName}")` : ""}`,
    ...countLines(report),
    ...rejectedLines(report),
    ...warningLines(report),
    "",
    editionStatusText(preview),
  ].join("\n");
}

const OUTCOME_WORDS = { created: "dibuat", replaced: "diganti", unchanged: "tidak berubah (isi sama persis)" } as const;

/** One sentence on what an import did; for the CLI and the admin page alike. */
export function outcomeText(outcome: Pick<EditionWriteOutcome, "status" | "edition" | "removedItems" | "durationMs">): string {
  const e = outcome.edition;
  const removed = outcome.removedItems ? `, ${number.format(outcome.removedItems)} item lama dihapus` : "";
  const seconds = (outcome.durationMs / 1000).toLocaleString("id-ID", { maximumFractionDigits: 1 });
  return `Edisi "${e.name}" ${OUTCOME_WORDS[outcome.status]}: ${number.format(e.itemCount)} item, ${number.format(e.lineCount)} baris${removed} (${seconds} detik).`;
}
