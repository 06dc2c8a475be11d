/** Print layout shared by the XLSX and PDF renderers. */
import type { DocumentHeader } from "./document";

/** The header block's lines, label and value, in print order. */
export function headerLines(header: DocumentHeader): [string, string][] {
  return [
    ["Pekerjaan", header.projectName],
    ["Lokasi", header.location],
    ["Pemberi tugas", header.client],
    ["Tahun anggaran", header.fiscalYear],
    ["Sumber dana", header.fundingSource],
    ["Tanggal", header.date],
  ];
}
