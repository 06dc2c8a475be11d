/**
 * Rekap RAB: the priced tree (klasifikasi, sub-klasifikasi, pekerjaan with volume, harga
 * satuan and jumlah), then D, PPN, total, pembulatan and terbilang; a second page sums it up
 * per klasifikasi. Every value is the Rekap RAB answer's (lib/rekap buildRekapRab: the engine's
 * figures; for a version the answer it stored when taken). In the spreadsheet
 * they are live formulas that round as the engine does (./rounding.ts), each holding the
 * engine's value as its cached result: harga satuan = ROUND(G, the project's unit-price
 * rounding), jumlah = ROUND(volume × harga satuan, 2), subtotals and D sums of the rows,
 * PPN = ROUND(D × ppn / 100, 2), total = D + PPN. A line under the totals says the rounding.
 */
import { type Decimal, toDecimal } from "@/lib/calc";
import { letters, roman } from "@/lib/format/numbering";
import { formatPercent } from "@/lib/format/number";
import type { RekapRabView } from "@/lib/rekap/types";
import type { Column, ReportDocument, Row } from "../document";
import type { ReportSource } from "../source";
import { rekapRoundingNote } from "@/lib/format/unit-price-rounding";
import { roundToSen, unitPriceDigits } from "../rounding";
import { capitalize, noteRow, sumOf } from "./rows";

const RAB_COLUMNS: Column[] = [
  { header: "No", kind: "text", width: 6 },
  { header: "Kode", kind: "text", width: 12 },
  { header: "Uraian Pekerjaan", kind: "text", width: 46 },
  { header: "Satuan", kind: "text", width: 8 },
  { header: "Volume", kind: "quantity", width: 11 },
  { header: "Harga Satuan (Rp)", kind: "money", width: 17 },
  { header: "Jumlah Harga (Rp)", kind: "money", width: 19 },
];
// Klasifikasi names sit in the Uraian column, never under Kode (the CSV keeps columns apart).
const URAIAN = 2;
const VOLUME = 4;
const HARGA = 5;
const JUMLAH = 6;

const RECAP_COLUMNS: Column[] = [
  { header: "No", kind: "text", width: 6 },
  { header: "Uraian Pekerjaan", kind: "text", width: 60 },
  { header: "Jumlah Harga (Rp)", kind: "money", width: 22 },
];

/** From the Rekap RAB answer (live, or as a version stored it), so a version's document prints what was frozen. */
export async function rekapRabDocument(source: ReportSource, now: Date): Promise<ReportDocument> {
  const [{ rekap }, info] = await Promise.all([source.rekapRab(), source.info("planning", now)]);
  return {
    title: "Rencana Anggaran Biaya",
    page: { size: "A4", orientation: "portrait" },
    ...info,
    tables: [
      { sheet: "RAB", title: "RENCANA ANGGARAN BIAYA (RAB)", columns: RAB_COLUMNS, rows: rabRows(rekap), csv: true },
      { sheet: "Rekapitulasi", title: "REKAPITULASI RENCANA ANGGARAN BIAYA", columns: RECAP_COLUMNS, rows: recapRows(rekap) },
    ],
  };
}

function rabRows(rekap: RekapRabView): Row[] {
  const rounding = rekap.totals.unitPriceRounding;
  const rows: Row[] = [];
  const blank = (n: number) => new Array<null>(n).fill(null);
  rekap.klasifikasi.forEach((k, ki) => {
    const subKeys = k.subKlasifikasi.map((s) => `rab:s:${s.id}`);
    rows.push({
      style: "group",
      key: `rab:k:${k.id}`,
      cells: [roman(ki + 1), null, k.name, ...blank(3), toDecimal(k.jumlah)],
      merge: { from: URAIAN, to: JUMLAH - 1 },
      formulas: { [JUMLAH]: sumOf(subKeys, JUMLAH) },
    });
    k.subKlasifikasi.forEach((s, si) => {
      const itemKeys = s.pekerjaan.map((p) => `rab:p:${p.id}`);
      rows.push({
        style: "subgroup",
        key: subKeys[si],
        cells: [letters(si + 1), null, s.name, ...blank(3), toDecimal(s.jumlah)],
        merge: { from: URAIAN, to: JUMLAH - 1 },
        formulas: { [JUMLAH]: sumOf(itemKeys, JUMLAH) },
      });
      s.pekerjaan.forEach((p, pi) => {
        const key = itemKeys[pi]!;
        rows.push({
          style: "item",
          key,
          cells: [String(pi + 1), p.kode ?? "", p.uraian, p.satuan, toDecimal(p.volume), toDecimal(p.hargaSatuan), toDecimal(p.jumlah)],
          formulas: {
            [HARGA]: () => `ROUND(${toDecimal(p.G).toFixed()},${unitPriceDigits(rounding)})`,
            [JUMLAH]: (ref) => roundToSen(`${ref(key, VOLUME)}*${ref(key, HARGA)}`),
          },
        });
      });
    });
  });
  const klasifikasiKeys = rekap.klasifikasi.map((k) => `rab:k:${k.id}`);
  return [...rows, ...totalRows("rab", rekap, klasifikasiKeys, JUMLAH), noteRow(rekapRoundingNote(rounding), RAB_COLUMNS.length)];
}

function recapRows(rekap: RekapRabView): Row[] {
  const rows = rekap.klasifikasi.map((k, ki): Row => {
    const source = `rab:k:${k.id}`;
    return {
      style: "item",
      key: `rekap:k:${k.id}`,
      cells: [roman(ki + 1), k.name, toDecimal(k.jumlah)],
      // The RAB sheet's klasifikasi subtotal: one number, two pages.
      formulas: { 2: (ref) => ref(source, JUMLAH) },
    };
  });
  return [
    ...rows,
    ...totalRows(
      "rekap",
      rekap,
      rows.map((r) => r.key!),
      2,
    ),
  ];
}

/** D, PPN, total, pembulatan (live formulas in `column`) and the terbilang line. */
function totalRows(prefix: string, rekap: RekapRabView, klasifikasiKeys: string[], column: number): Row[] {
  const totals = rekap.totals;
  const key = (name: string) => `${prefix}:${name}`;
  const row = (name: string, label: string, value: Decimal, formula: Row["formulas"]): Row => {
    const cells = new Array<string | Decimal | null>(column + 1).fill(null);
    cells[0] = label;
    cells[column] = value;
    return { style: "total", key: key(name), cells, merge: { from: 0, to: column - 1 }, formulas: formula };
  };
  const base = totals.roundingBase;
  const ppn = toDecimal(totals.ppnPercent).toFixed();
  return [
    row("D", "JUMLAH BIAYA LANGSUNG (D)", toDecimal(totals.totalBiayaLangsung), { [column]: sumOf(klasifikasiKeys, column) }),
    row("ppn", `PPN ${formatPercent(ppn)}%`, toDecimal(totals.ppn), {
      [column]: (ref) => roundToSen(`${ref(key("D"), column)}*${ppn}/100`),
    }),
    row("total", "JUMLAH TOTAL (D + PPN)", toDecimal(totals.total), {
      [column]: (ref) => `${ref(key("D"), column)}+${ref(key("ppn"), column)}`,
    }),
    row("bulat", "DIBULATKAN", toDecimal(totals.pembulatan), {
      [column]: (ref) => `ROUND(${ref(key("total"), column)}/${base},0)*${base}`,
    }),
    noteRow(`Terbilang: ${capitalize(totals.terbilang)}`, column + 1),
  ];
}
