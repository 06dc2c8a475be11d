/**
 * The tambah-kurang document ("daftar kuantitas dan harga" of a contract change): each
 * pekerjaan with volume, harga satuan and jumlah of the contract ("from") and the addendum
 * ("to"), tambah and kurang; subtotals per klasifikasi and sub-klasifikasi; D, PPN, total and
 * pembulatan of both sides; the net change and its share of the contract's D. Every value is
 * the comparison's (lib/versions/compare.ts), itself the sides' printed Rekap RAB figures. In
 * the spreadsheet they are live formulas holding those values as cached results:
 * jumlah = ROUND(volume × harga satuan, 2), tambah = MAX(addendum − kontrak, 0), kurang =
 * MAX(kontrak − addendum, 0), subtotals and D sums of the rows, PPN = ROUND(D × ppn / 100, 2),
 * total = D + PPN, pembulatan as the Rekap RAB's.
 */
import { type Decimal, toDecimal } from "@/lib/calc";
import { formatPercent } from "@/lib/format/number";
import { letters, roman } from "@/lib/format/numbering";
import { ApiError } from "@/lib/kernel/errors";
import { comparisonOf } from "@/lib/versions/compare-service";
import type { CompareRow, CompareSideTotals, CompareSums, CompareTotals, Comparison } from "@/lib/versions/types";
import type { Cell, CellRef, Column, ReportDocument, Row, Table } from "../document";
import { notFromVersion, type ReportSource } from "../source";
import { roundToSen } from "../rounding";
import type { ExportOptions } from "../schemas";
import { noteRow, sumOf } from "./rows";

const COLUMNS: Column[] = [
  { header: "No", kind: "text", width: 6 },
  { header: "Uraian Pekerjaan", kind: "text", width: 40 },
  { header: "Satuan", kind: "text", width: 8 },
  { header: "Volume Kontrak", kind: "quantity", width: 11 },
  { header: "Harga Satuan Kontrak (Rp)", kind: "money", width: 16 },
  { header: "Jumlah Kontrak (Rp)", kind: "money", width: 18 },
  { header: "Volume Addendum", kind: "quantity", width: 11 },
  { header: "Harga Satuan Addendum (Rp)", kind: "money", width: 16 },
  { header: "Jumlah Addendum (Rp)", kind: "money", width: 18 },
  { header: "Tambah (Rp)", kind: "money", width: 17 },
  { header: "Kurang (Rp)", kind: "money", width: 17 },
];
const VOLUME_BEFORE = 3;
const JUMLAH_BEFORE = 5;
const VOLUME_AFTER = 6;
const JUMLAH_AFTER = 8;
const TAMBAH = 9;
const KURANG = 10;
/** The columns a subtotal sums. */
const SUMMED = [JUMLAH_BEFORE, JUMLAH_AFTER, TAMBAH, KURANG];

export async function perbandinganDocument(source: ReportSource, now: Date, options: ExportOptions): Promise<ReportDocument> {
  // Its two sides are named by ?from= and ?to=, each a version or the live estimate.
  if (source.version) throw notFromVersion("Perbandingan");
  const { from, to } = options;
  if (!from || !to) {
    const missing = (["from", "to"] as const).filter((side) => !options[side]);
    throw ApiError.validation(missing.map((side) => ({ path: `query.${side}`, message: "Wajib diisi untuk perbandingan." })));
  }
  const [comparison, info] = await Promise.all([comparisonOf(source.projectId, { from, to }), source.info("planning", now)]);
  return {
    title: "Daftar Kuantitas dan Harga Tambah Kurang",
    page: { size: "A4", orientation: "landscape" },
    ...info,
    tables: [perbandinganTable(comparison)],
  };
}

export function perbandinganTable(comparison: Comparison): Table {
  const rows: Row[] = [];
  comparison.klasifikasi.forEach((k, ki) => {
    const subKeys = k.subKlasifikasi.map((s) => `cmp:s:${s.id}`);
    rows.push(nodeRow("group", `cmp:k:${k.id}`, roman(ki + 1), k.name, k, subKeys));
    k.subKlasifikasi.forEach((s, si) => {
      const itemKeys = s.pekerjaan.map((p) => `cmp:p:${p.pekerjaanId}`);
      rows.push(nodeRow("subgroup", subKeys[si]!, letters(si + 1), s.name, s, itemKeys));
      s.pekerjaan.forEach((p, pi) => rows.push(itemRow(itemKeys[pi]!, String(pi + 1), p)));
    });
  });
  const klasifikasiKeys = comparison.klasifikasi.map((k) => `cmp:k:${k.id}`);
  return {
    sheet: "Tambah Kurang",
    title: "DAFTAR KUANTITAS DAN HARGA (TAMBAH / KURANG)",
    columns: COLUMNS,
    rows: [...rows, ...totalRows(comparison.totals, klasifikasiKeys)],
    csv: true,
  };
}

const blankCells = (): Cell[] => new Array<Cell>(COLUMNS.length).fill(null);

function nodeRow(style: "group" | "subgroup", key: string, number: string, name: string, sums: CompareSums, childKeys: string[]): Row {
  const cells = blankCells();
  cells[0] = number;
  cells[1] = name;
  cells[JUMLAH_BEFORE] = toDecimal(sums.jumlahBefore);
  cells[JUMLAH_AFTER] = toDecimal(sums.jumlahAfter);
  cells[TAMBAH] = toDecimal(sums.tambah);
  cells[KURANG] = toDecimal(sums.kurang);
  const formulas = Object.fromEntries(SUMMED.map((column) => [column, sumOf(childKeys, column)]));
  return { style, key, cells, merge: { from: 1, to: JUMLAH_BEFORE - 1 }, formulas };
}

/** A side the pekerjaan lacks (added or removed) stays blank: a blank cell counts 0 in the sums and in MAX. */
function itemRow(key: string, number: string, p: CompareRow): Row {
  const decimal = (value: string | null) => (value === null ? null : toDecimal(value));
  const formulas: Row["formulas"] = {
    [TAMBAH]: (ref) => `MAX(${ref(key, JUMLAH_AFTER)}-${ref(key, JUMLAH_BEFORE)},0)`,
    [KURANG]: (ref) => `MAX(${ref(key, JUMLAH_BEFORE)}-${ref(key, JUMLAH_AFTER)},0)`,
  };
  if (p.jumlahBefore !== null) formulas[JUMLAH_BEFORE] = jumlahFormula(key, VOLUME_BEFORE);
  if (p.jumlahAfter !== null) formulas[JUMLAH_AFTER] = jumlahFormula(key, VOLUME_AFTER);
  return {
    style: "item",
    key,
    cells: [
      number,
      p.uraian,
      p.satuan,
      decimal(p.volumeBefore),
      decimal(p.hargaSatuanBefore),
      decimal(p.jumlahBefore),
      decimal(p.volumeAfter),
      decimal(p.hargaSatuanAfter),
      decimal(p.jumlahAfter),
      toDecimal(p.tambah),
      toDecimal(p.kurang),
    ],
    formulas,
  };
}

/** Volume in `volumeColumn`, harga satuan right of it, jumlah right of that. */
function jumlahFormula(key: string, volumeColumn: number): (ref: CellRef) => string {
  return (ref) => roundToSen(`${ref(key, volumeColumn)}*${ref(key, volumeColumn + 1)}`);
}

function totalRows(totals: CompareTotals, klasifikasiKeys: string[]): Row[] {
  const key = (name: string) => `cmp:${name}`;
  const sides = (
    name: string,
    label: string,
    value: (side: CompareSideTotals) => string,
    formula: (column: number, side: CompareSideTotals) => (ref: CellRef) => string,
  ): Row => {
    const cells = blankCells();
    cells[0] = label;
    cells[JUMLAH_BEFORE] = toDecimal(value(totals.before));
    cells[JUMLAH_AFTER] = toDecimal(value(totals.after));
    return {
      style: "total",
      key: key(name),
      cells,
      merge: { from: 0, to: JUMLAH_BEFORE - 1 },
      formulas: { [JUMLAH_BEFORE]: formula(JUMLAH_BEFORE, totals.before), [JUMLAH_AFTER]: formula(JUMLAH_AFTER, totals.after) },
    };
  };
  const d = sides(
    "D",
    "JUMLAH BIAYA LANGSUNG (D)",
    (s) => s.totalBiayaLangsung,
    (column) => sumOf(klasifikasiKeys, column),
  );
  d.cells[TAMBAH] = toDecimal(totals.tambah);
  d.cells[KURANG] = toDecimal(totals.kurang);
  d.formulas = { ...d.formulas, [TAMBAH]: sumOf(klasifikasiKeys, TAMBAH), [KURANG]: sumOf(klasifikasiKeys, KURANG) };
  return [
    d,
    sides(
      "ppn",
      ppnLabel(totals),
      (s) => s.ppn,
      (column, s) => (ref) => roundToSen(`${ref(key("D"), column)}*${s.ppnPercent}/100`),
    ),
    sides(
      "total",
      "JUMLAH TOTAL (D + PPN)",
      (s) => s.total,
      (column) => (ref) => `${ref(key("D"), column)}+${ref(key("ppn"), column)}`,
    ),
    sides(
      "bulat",
      "DIBULATKAN",
      (s) => s.pembulatan,
      (column, s) => (ref) => `ROUND(${ref(key("total"), column)}/${s.roundingBase},0)*${s.roundingBase}`,
    ),
    changeRow(
      key("net"),
      "PERUBAHAN BERSIH (TAMBAH − KURANG)",
      toDecimal(totals.net),
      (ref) => `${ref(key("D"), TAMBAH)}-${ref(key("D"), KURANG)}`,
    ),
    changeRow(
      key("percent"),
      "PERUBAHAN TERHADAP JUMLAH BIAYA LANGSUNG KONTRAK (%)",
      totals.netPercent === null ? null : toDecimal(totals.netPercent),
      (ref) => `IF(${ref(key("D"), JUMLAH_BEFORE)}=0,"",ROUND(${ref(key("net"), TAMBAH)}/${ref(key("D"), JUMLAH_BEFORE)}*100,2))`,
    ),
    noteRow(thresholdNote(totals), COLUMNS.length),
    noteRow(
      "Jumlah harga = volume × harga satuan, dibulatkan ke sen (Rp 0,01); tambah dan kurang per pekerjaan = selisih jumlah addendum dan jumlah kontrak.",
      COLUMNS.length,
    ),
  ];
}

/** A figure of the change as a whole, under Tambah and Kurang together. */
function changeRow(key: string, label: string, value: Decimal | null, formula: (ref: CellRef) => string): Row {
  const cells = blankCells();
  cells[0] = label;
  cells[TAMBAH] = value;
  return { style: "total", key, cells, merge: { from: 0, to: TAMBAH - 1 }, formulas: { [TAMBAH]: formula } };
}

function ppnLabel({ before, after }: CompareTotals): string {
  const percent = (side: CompareSideTotals) => `${formatPercent(side.ppnPercent)}%`;
  return before.ppnPercent === after.ppnPercent ? `PPN ${percent(before)}` : `PPN (kontrak ${percent(before)}, addendum ${percent(after)})`;
}

function thresholdNote(totals: CompareTotals): string {
  const limit = `Batas penambahan ${formatPercent(totals.thresholdPercent)}% dari jumlah biaya langsung kontrak`;
  return totals.overThreshold ? `${limit} TERLAMPAUI: perubahan ini memerlukan persetujuan khusus.` : `${limit} tidak terlampaui.`;
}
