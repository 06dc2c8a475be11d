/**
 * Volume: each pekerjaan's volume with the formula it was computed from (if any), in the List
 * Pekerjaan tree, and the project's parameters the formulas use. The volume is the stored one
 * (the formula evaluated when it or a parameter last changed), as the Volume page shows it.
 */
import { toDecimal } from "@/lib/calc";
import { letters, roman } from "@/lib/format/numbering";
import type { Column, ReportDocument, Row } from "../document";
import type { ReportSource } from "../source";

const VOLUME_COLUMNS: Column[] = [
  { header: "No", kind: "text", width: 6 },
  { header: "Kode", kind: "text", width: 12 },
  { header: "Uraian Pekerjaan", kind: "text", width: 40 },
  { header: "Satuan", kind: "text", width: 8 },
  { header: "Rumus volume", kind: "text", width: 30 },
  { header: "Volume", kind: "quantity", width: 13 },
];

const PARAMETER_COLUMNS: Column[] = [
  { header: "No", kind: "text", width: 6 },
  { header: "Nama parameter", kind: "text", width: 30 },
  { header: "Nilai", kind: "koefisien", width: 20 },
];

export async function volumeDocument(source: ReportSource, now: Date): Promise<ReportDocument> {
  const [tree, parameters, info] = await Promise.all([source.tree(), source.parameters(), source.info("planning", now)]);
  const heading = (style: "group" | "subgroup", number: string, name: string): Row => ({
    style,
    cells: [number, name, null, null, null, null],
    merge: { from: 1, to: VOLUME_COLUMNS.length - 1 },
  });
  const volumeRows = tree.klasifikasi.flatMap((k, ki) => [
    heading("group", roman(ki + 1), k.name),
    ...k.subKlasifikasi.flatMap((s, si) => [
      heading("subgroup", letters(si + 1), s.name),
      ...s.pekerjaan.map((p, pi): Row => ({
        style: "item",
        cells: [String(pi + 1), p.kode ?? "", p.uraian, p.satuan, p.volumeFormula ?? "", toDecimal(p.volume)],
      })),
    ]),
  ]);
  const parameterRows = parameters.map((p, i): Row => ({ style: "item", cells: [String(i + 1), p.name, toDecimal(p.value)] }));
  return {
    title: "Perhitungan Volume Pekerjaan",
    page: { size: "A4", orientation: "portrait" },
    ...info,
    tables: [
      { sheet: "Volume", title: "PERHITUNGAN VOLUME PEKERJAAN", columns: VOLUME_COLUMNS, rows: volumeRows, csv: true },
      { sheet: "Parameter", title: "PARAMETER VOLUME", columns: PARAMETER_COLUMNS, rows: parameterRows },
    ],
  };
}
