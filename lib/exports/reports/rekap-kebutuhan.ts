/**
 * Rekap Kebutuhan: the whole project's resources by kategori (the calc engine's
 * rekapKebutuhan over the cached analysis, as GET /rekap-kebutuhan), each with quantity,
 * harga and jumlah, a subtotal per kategori and the total. In the spreadsheet jumlah is
 * ROUND(kebutuhan × harga, 2), as the engine rounds it, and the subtotals and total are live
 * sums. The last line says the rounding.
 */
import { type Decimal, KATEGORI_LIST, rekapKebutuhan } from "@/lib/calc";
import { KATEGORI_LABELS } from "@/lib/format/kategori";
import type { Column, ReportDocument, Row } from "../document";
import type { ReportSource } from "../source";
import { KEBUTUHAN_ROUNDING_NOTE } from "@/lib/format/unit-price-rounding";
import { roundToSen } from "../rounding";
import { noteRow, sumOf } from "./rows";

const COLUMNS: Column[] = [
  { header: "No", kind: "text", width: 6 },
  { header: "Kode", kind: "text", width: 12 },
  { header: "Uraian", kind: "text", width: 38 },
  { header: "Satuan", kind: "text", width: 8 },
  { header: "Kebutuhan", kind: "quantity", width: 14 },
  { header: "Harga Satuan (Rp)", kind: "money", width: 16 },
  { header: "Jumlah Harga (Rp)", kind: "money", width: 19 },
];
const QUANTITY = 4;
const HARGA = 5;
const JUMLAH = 6;

function total(key: string, label: string, value: Decimal, keys: string[]): Row {
  return {
    style: "total",
    key,
    cells: [label, null, null, null, null, null, value],
    merge: { from: 0, to: JUMLAH - 1 },
    formulas: { [JUMLAH]: sumOf(keys, JUMLAH) },
  };
}

export async function rekapKebutuhanDocument(source: ReportSource, now: Date): Promise<ReportDocument> {
  const [{ project, analysis }, info] = await Promise.all([source.calc(), source.info("planning", now)]);
  const rekap = rekapKebutuhan(analysis);
  const used = KATEGORI_LIST.filter((k) => rekap.items.some((item) => item.kategori === k));
  const rows = used.flatMap((kategori, ki) => {
    const items = rekap.items.filter((item) => item.kategori === kategori);
    const keys = items.map((item) => `item:${kategori}:${item.kode}`);
    return [
      {
        style: "subgroup",
        // The kategori name under Uraian, not Kode, so the CSV keeps its columns apart.
        cells: [String.fromCharCode(65 + ki), null, KATEGORI_LABELS[kategori], null, null, null, null],
        merge: { from: 2, to: JUMLAH },
      } satisfies Row,
      ...items.map((item, i): Row => {
        const resource = project.hargaItems.get(item.kode);
        const key = keys[i]!;
        return {
          style: "item",
          key,
          cells: [String(i + 1), item.kode, resource?.uraian ?? "", resource?.satuan ?? "", item.quantity, item.harga, item.cost],
          formulas: { [JUMLAH]: (ref) => roundToSen(`${ref(key, QUANTITY)}*${ref(key, HARGA)}`) },
        };
      }),
      total(`total:${kategori}`, `Jumlah ${KATEGORI_LABELS[kategori].toLowerCase()}`, rekap.totals[kategori], keys),
    ];
  });
  return {
    title: "Rekapitulasi Kebutuhan Sumber Daya",
    page: { size: "A4", orientation: "portrait" },
    ...info,
    tables: [
      {
        sheet: "Rekap Kebutuhan",
        title: "REKAPITULASI KEBUTUHAN TENAGA KERJA, BAHAN DAN ALAT",
        columns: COLUMNS,
        rows: [
          ...rows,
          total(
            "total",
            "JUMLAH SELURUHNYA",
            rekap.total,
            used.map((k) => `total:${k}`),
          ),
          noteRow(KEBUTUHAN_ROUNDING_NOTE, COLUMNS.length),
        ],
        csv: true,
      },
    ],
  };
}
