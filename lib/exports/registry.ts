/**
 * Every file `GET /projects/{id}/exports/{file}` can produce, by file name: one row per
 * report and format. A new export (e.g. a backup) is one more row with its own Exporter.
 */
import { applyKutipan } from "./citations";
import { renderCsv } from "./csv";
import type { ReportDocument } from "./document";
import { exportFileName } from "./filename";
import { renderPdf } from "./pdf/render";
import { hargaItemsDocument } from "./reports/harga-items";
import { jadwalDocument } from "./reports/jadwal";
import { perbandinganDocument } from "./reports/perbandingan";
import { rekapKebutuhanDocument } from "./reports/rekap-kebutuhan";
import { rekapRabDocument } from "./reports/rekap-rab";
import { rincianAhspDocument } from "./reports/rincian-ahsp";
import { volumeDocument } from "./reports/volume";
import type { ExportOptions } from "./schemas";
import { renderXlsx } from "./xlsx";
import { backupExport } from "@/lib/snapshot/backup";

export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** Produces one file of a project the caller may read (access is checked before). */
export type Exporter = (projectId: string, now: Date, options: ExportOptions) => Promise<ExportFile>;

type Format = "xlsx" | "pdf" | "csv";

const RENDERERS: Record<Format, { contentType: string; render: (document: ReportDocument) => Buffer | Promise<Buffer> }> = {
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", render: renderXlsx },
  pdf: { contentType: "application/pdf", render: renderPdf },
  csv: { contentType: "text/csv; charset=utf-8", render: renderCsv },
};

interface Report {
  /** The file name's first part: RAB_<slug>_<date>.xlsx. */
  prefix: string;
  build: (projectId: string, now: Date, options: ExportOptions) => Promise<ReportDocument>;
}

const REKAP_RAB: Report = { prefix: "RAB", build: rekapRabDocument };
const RINCIAN_AHSP: Report = { prefix: "Rincian-AHSP", build: rincianAhspDocument };
const HARGA_ITEMS: Report = { prefix: "Harga-Items", build: hargaItemsDocument };
const REKAP_KEBUTUHAN: Report = { prefix: "Rekap-Kebutuhan", build: rekapKebutuhanDocument };
const VOLUME: Report = { prefix: "Volume", build: volumeDocument };
const JADWAL: Report = { prefix: "Jadwal", build: jadwalDocument };
const PERBANDINGAN: Report = { prefix: "Perbandingan", build: perbandinganDocument };

function document(report: Report, format: Format): Exporter {
  const { contentType, render } = RENDERERS[format];
  return async (projectId, now, options) => {
    const built = applyKutipan(await report.build(projectId, now, options), options.kutipan);
    return { body: await render(built), contentType, fileName: exportFileName(report.prefix, built.header.projectName, format, now) };
  };
}

export const EXPORTS: Readonly<Record<string, Exporter>> = {
  "rekap-rab.xlsx": document(REKAP_RAB, "xlsx"),
  "rekap-rab.pdf": document(REKAP_RAB, "pdf"),
  "rekap-rab.csv": document(REKAP_RAB, "csv"),
  "rincian-ahsp.xlsx": document(RINCIAN_AHSP, "xlsx"),
  "rincian-ahsp.pdf": document(RINCIAN_AHSP, "pdf"),
  "rincian-ahsp.csv": document(RINCIAN_AHSP, "csv"),
  "harga-items.xlsx": document(HARGA_ITEMS, "xlsx"),
  "harga-items.pdf": document(HARGA_ITEMS, "pdf"),
  "harga-items.csv": document(HARGA_ITEMS, "csv"),
  "rekap-kebutuhan.xlsx": document(REKAP_KEBUTUHAN, "xlsx"),
  "rekap-kebutuhan.pdf": document(REKAP_KEBUTUHAN, "pdf"),
  "rekap-kebutuhan.csv": document(REKAP_KEBUTUHAN, "csv"),
  "volume.xlsx": document(VOLUME, "xlsx"),
  "volume.pdf": document(VOLUME, "pdf"),
  "jadwal.xlsx": document(JADWAL, "xlsx"),
  "jadwal.pdf": document(JADWAL, "pdf"),
  "perbandingan.xlsx": document(PERBANDINGAN, "xlsx"),
  "perbandingan.pdf": document(PERBANDINGAN, "pdf"),
  "perbandingan.csv": document(PERBANDINGAN, "csv"),
  "backup.json": backupExport,
};

/** The exporter of a file name, or null (an own property only: "constructor" is no report). */
export function exporterOf(file: string): Exporter | null {
  return Object.hasOwn(EXPORTS, file) ? EXPORTS[file]! : null;
}
