/**
 * Rekap RAB: the priced tree (klasifikasi, sub-klasifikasi, pekerjaan with volume, harga
 * satuan and jumlah), then D, PPN, total, pembulatan and terbilang; a second page sums it up
 * per klasifikasi. Every value is the engine's (lib/rekap rekapRabOf). In the spreadsheet
 * they are live formulas that round as the engine does (./rounding.ts), each holding the
 * engine's value as its cached result: harga satuan = ROUND(G, the project's unit-price
 * rounding), jumlah = ROUND(volume × harga satuan, 2), subtotals and D sums of the rows,
 * PPN = ROUND(D × ppn / 100, 2), total = D + PPN. A line under the totals says the rounding.
 */
import type { Decimal, RekapRab } from "@/lib/calc";
import { letters, roman } from "@/lib/format/numbering";
import { formatPercent } from "@/lib/format/number";
import { calcProject } from "@/lib/rekap/cache";
import type { LoadedProject } from "@/lib/rekap/load";
import { rekapRabOf } from "@/lib/rekap/rekap-rab";
import type { Column, ReportDocument, Row } from "../document";
import { projectDocumentInfo } from "../project-info";
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
const VOLUME = 4;
const HARGA = 5;
const JUMLAH = 6;

const RECAP_COLUMNS: Column[] = [
  { header: "No", kind: "text", width: 6 },
  { header: "Uraian Pekerjaan", kind: "text", width: 60 },
  { header: "Jumlah Harga (Rp)", kind: "money", width: 22 },
];

export async function rekapRabDocument(projectId: string, now: Date): Promise<ReportDocument> {
  const [calc, info] = await Promise.all([calcProject(projectId), projectDocumentInfo(projectId, "planning", now)]);
  const rekap = rekapRabOf(calc);
  return {
    title: "Rencana Anggaran Biaya",
    page: { size: "A4", orientation: "portrait" },
    ...info,
    tables: [
      { sheet: "RAB", title: "RENCANA ANGGARAN BIAYA (RAB)", columns: RAB_COLUMNS, rows: rabRows(calc.project, rekap), csv: true },
      { sheet: "Rekapitulasi", title: "REKAPITULASI RENCANA ANGGARAN BIAYA", columns: RECAP_COLUMNS, rows: recapRows(calc.project, rekap) },
    ],
  };
}

function rabRows(project: LoadedProject, rekap: RekapRab): Row[] {
  const rounding = project.pricing.unitPriceRounding;
  const rows: Row[] = [];
  const blank = (n: number) => new Array<null>(n).fill(null);
  rekap.klasifikasi.forEach((k, ki) => {
    const loadedK = project.klasifikasi[ki]!;
    const subKeys = loadedK.subKlasifikasi.map((s) => `rab:s:${s.id}`);
    rows.push({
      style: "group",
      key: `rab:k:${k.id}`,
      cells: [roman(ki + 1), loadedK.name, ...blank(4), k.subtotal],
      merge: { from: 1, to: JUMLAH - 1 },
      formulas: { [JUMLAH]: sumOf(subKeys, JUMLAH) },
    });
    k.subKlasifikasi.forEach((s, si) => {
      const loadedS = loadedK.subKlasifikasi[si]!;
      const itemKeys = loadedS.pekerjaan.map((p) => `rab:p:${p.id}`);
      rows.push({
        style: "subgroup",
        key: subKeys[si],
        cells: [letters(si + 1), loadedS.name, ...blank(4), s.subtotal],
        merge: { from: 1, to: JUMLAH - 1 },
        formulas: { [JUMLAH]: sumOf(itemKeys, JUMLAH) },
      });
      s.pekerjaan.forEach((a, pi) => {
        const p = loadedS.pekerjaan[pi]!;
        const key = itemKeys[pi]!;
        rows.push({
          style: "item",
          key,
          cells: [String(pi + 1), p.kode ?? "", p.uraian, p.satuan, a.volume, a.hargaSatuan, a.jumlah],
          formulas: {
            [HARGA]: () => `ROUND(${a.G.toFixed()},${unitPriceDigits(rounding)})`,
            [JUMLAH]: (ref) => roundToSen(`${ref(key, VOLUME)}*${ref(key, HARGA)}`),
          },
        });
      });
    });
  });
  const klasifikasiKeys = rekap.klasifikasi.map((k) => `rab:k:${k.id}`);
  return [...rows, ...totalRows("rab", rekap, klasifikasiKeys, JUMLAH), noteRow(rekapRoundingNote(rounding), RAB_COLUMNS.length)];
}

function recapRows(project: LoadedProject, rekap: RekapRab): Row[] {
  const rows = rekap.klasifikasi.map((k, ki): Row => {
    const source = `rab:k:${k.id}`;
    return {
      style: "item",
      key: `rekap:k:${k.id}`,
      cells: [roman(ki + 1), project.klasifikasi[ki]!.name, k.subtotal],
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
function totalRows(prefix: string, rekap: RekapRab, klasifikasiKeys: string[], column: number): Row[] {
  const key = (name: string) => `${prefix}:${name}`;
  const row = (name: string, label: string, value: Decimal, formula: Row["formulas"]): Row => {
    const cells = new Array<string | Decimal | null>(column + 1).fill(null);
    cells[0] = label;
    cells[column] = value;
    return { style: "total", key: key(name), cells, merge: { from: 0, to: column - 1 }, formulas: formula };
  };
  const base = rekap.roundingBase;
  const ppn = rekap.ppnPercent.toFixed();
  return [
    row("D", "JUMLAH BIAYA LANGSUNG (D)", rekap.totalBiayaLangsung, { [column]: sumOf(klasifikasiKeys, column) }),
    row("ppn", `PPN ${formatPercent(ppn)}%`, rekap.ppn, { [column]: (ref) => roundToSen(`${ref(key("D"), column)}*${ppn}/100`) }),
    row("total", "JUMLAH TOTAL (D + PPN)", rekap.total, { [column]: (ref) => `${ref(key("D"), column)}+${ref(key("ppn"), column)}` }),
    row("bulat", "DIBULATKAN", rekap.pembulatan, { [column]: (ref) => `ROUND(${ref(key("total"), column)}/${base},0)*${base}` }),
    noteRow(`Terbilang: ${capitalize(rekap.terbilang)}`, column + 1),
  ];
}
