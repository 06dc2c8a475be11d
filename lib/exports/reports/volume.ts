/**
 * Volume: each pekerjaan's volume with the formula it was computed from (if any), in the List
 * Pekerjaan tree, the back-up volume sheet (each take-off row's uraian, formula and printed
 * result under its pekerjaan, and their sum, which is the volume), and the project's parameters
 * the formulas use. The volume is the stored one (evaluated when it or a parameter last
 * changed), as the Volume page shows it.
 */
import { toDecimal } from "@/lib/calc";
import { letters, roman } from "@/lib/format/numbering";
import type { Column, ReportDocument, Row } from "../document";
import type { ReportSource } from "../source";
import type { TreePekerjaanView } from "@/lib/rekap/types";

const VOLUME_COLUMNS: Column[] = [
  { header: "No", kind: "text", width: 6 },
  { header: "Kode", kind: "text", width: 12 },
  { header: "Uraian Pekerjaan", kind: "text", width: 40 },
  { header: "Satuan", kind: "text", width: 8 },
  { header: "Rumus volume", kind: "text", width: 30 },
  { header: "Volume", kind: "quantity", width: 13 },
];

const TAKEOFF_COLUMNS: Column[] = [
  { header: "No", kind: "text", width: 8 },
  { header: "Uraian", kind: "text", width: 44 },
  { header: "Rumus", kind: "text", width: 34 },
  { header: "Hasil", kind: "quantity", width: 13 },
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
        cells: [String(pi + 1), p.kode ?? "", p.uraian, p.satuan, formulaText(p), toDecimal(p.volume)],
      })),
    ]),
  ]);
  const takeoffRows = tree.klasifikasi.flatMap((k, ki) =>
    k.subKlasifikasi.flatMap((s, si) =>
      s.pekerjaan.flatMap((p, pi) => (p.takeoff.length > 0 ? takeoffSheet(p, `${roman(ki + 1)}.${letters(si + 1)}.${pi + 1}`) : [])),
    ),
  );
  const parameterRows = parameters.map((p, i): Row => ({ style: "item", cells: [String(i + 1), p.name, toDecimal(p.value)] }));
  return {
    title: "Perhitungan Volume Pekerjaan",
    page: { size: "A4", orientation: "portrait" },
    ...info,
    tables: [
      { sheet: "Volume", title: "PERHITUNGAN VOLUME PEKERJAAN", columns: VOLUME_COLUMNS, rows: volumeRows, csv: true },
      ...(takeoffRows.length > 0
        ? [{ sheet: "Back-up Volume", title: "BACK-UP VOLUME", columns: TAKEOFF_COLUMNS, rows: takeoffRows }]
        : []),
      { sheet: "Parameter", title: "PARAMETER VOLUME", columns: PARAMETER_COLUMNS, rows: parameterRows },
    ],
  };
}

function formulaText(p: TreePekerjaanView): string {
  return p.takeoff.length > 0 ? `Back-up volume (${p.takeoff.length} baris)` : (p.volumeFormula ?? "");
}

/**
 * One pekerjaan's back-up sheet: its heading, its rows, and "Jumlah", the sum of the printed
 * results (a live SUM in the XLSX, cached as the stored volume: the two are equal by construction).
 */
function takeoffSheet(p: TreePekerjaanView, number: string): Row[] {
  const key = (i: number) => `takeoff:${p.id}:${i}`;
  const last = p.takeoff.length - 1;
  return [
    {
      style: "subgroup",
      cells: [number, `${p.kode ? `${p.kode} ` : ""}${p.uraian} (${p.satuan})`, null, null],
      merge: { from: 1, to: TAKEOFF_COLUMNS.length - 1 },
    },
    ...p.takeoff.map((row, i): Row => ({
      style: "item",
      key: key(i),
      cells: [`${number}.${i + 1}`, row.uraian, row.formula, toDecimal(row.result)],
    })),
    {
      style: "total",
      cells: ["", `Jumlah volume ${p.satuan}`, "", toDecimal(p.volume)],
      formulas: { 3: (ref) => `SUM(${ref(key(0), 3)}:${ref(key(last), 3)})` },
    },
  ];
}
