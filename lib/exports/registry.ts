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
import { type ReportSource, versionLabel } from "./source";
import { renderXlsx } from "./xlsx";
import { backupExport } from "@/lib/snapshot/backup";

export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/**
 * Produces one file of a project the caller may read (access is checked before), of its live
 * estimate or of a version; `now` is the document's date (a version's: when it was taken).
 */
export type Exporter = (source: ReportSource, now: Date, options: ExportOptions) => Promise<ExportFile>;

type Format = "xlsx" | "pdf" | "csv";

const RENDERERS: Record<Format, { contentType: string; render: (document: ReportDocument) => Buffer | Promise<Buffer> }> = {
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", render: renderXlsx },
  pdf: { contentType: "application/pdf", render: renderPdf },
  csv: { contentType: "text/csv; charset=utf-8", render: renderCsv },
};

interface Report {
  /** The file name's first part: RAB_<slug>_<date>.xlsx. */
  prefix: string;
  build: (source: ReportSource, now: Date, options: ExportOptions) => Promise<ReportDocument>;
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
  return async (source, now, options) => {
    const built = ofVersion(applyKutipan(await report.build(source, now, options), options.kutipan), source);
    const name = source.version ? `${built.header.projectName} ${versionLabel(source.version)}` : built.header.projectName;
    return { body: await render(built), contentType, fileName: exportFileName(report.prefix, name, format, now) };
  };
}

/**
 * A version's document says so in its title and every table's title ("… — Versi Kontrak"),
 * and carries the version's time as its own, so it is the same file whenever it is downloaded.
 */
function ofVersion(document: ReportDocument, { version }: ReportSource): ReportDocument {
  if (!version) return document;
  const label = ` — ${versionLabel(version)}`;
  return {
    ...document,
    title: document.title + label,
    tables: document.tables.map((table) => ({ ...table, title: table.title + label })),
    createdAt: version.createdAt,
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
