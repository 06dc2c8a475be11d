/**
 * Rincian AHSP: every pekerjaan's unit-price analysis in tree order. Per pekerjaan its lines
 * by kategori (koefisien × harga = jumlah), each kategori's subtotal (A tenaga kerja, B bahan,
 * C peralatan, L lain-lain; a bundle line is L), E = their sum, F = E × BUK%, G = E + F.
 * Values are the calc engine's (lib/rekap/cache, as the Rincian page); in the spreadsheet
 * each of them is a live formula over the lines above it, rounding as the engine does
 * (../rounding.ts): a line's jumlah = ROUND(koefisien × harga, 2), F = ROUND(E × BUK / 100, 2).
 * The last line says the rounding.
 */
import {
  type Decimal,
  DEFAULT_UNIT_PRICE_ROUNDING,
  type Kategori,
  KATEGORI_LIST,
  type PekerjaanAnalysis,
  type UnitPriceRounding,
} from "@/lib/calc";
import { KATEGORI_LABELS } from "@/lib/format/kategori";
import { formatPercent } from "@/lib/format/number";
import type { CalcProject } from "@/lib/rekap/cache";
import type { LoadedPekerjaan } from "@/lib/rekap/load";
import type { Cell, Column, ReportDocument, Row } from "../document";
import type { ReportSource } from "../source";
import { rincianRoundingNote, unitPriceRoundingLabel } from "@/lib/format/unit-price-rounding";
import { roundToSen, unitPriceDigits } from "../rounding";
import { noteRow, sumOf } from "./rows";

const COLUMNS: Column[] = [
  { header: "No", kind: "text", width: 7 },
  { header: "Kode", kind: "text", width: 12 },
  { header: "Uraian", kind: "text", width: 42 },
  { header: "Satuan", kind: "text", width: 8 },
  { header: "Koefisien", kind: "koefisien", width: 12 },
  { header: "Harga Satuan (Rp)", kind: "money", width: 16 },
  { header: "Jumlah Harga (Rp)", kind: "money", width: 17 },
];
const KOEFISIEN = 4;
const HARGA = 5;
const JUMLAH = 6;
const LETTER: Record<Kategori, string> = { TK: "A", BHN: "B", ALT: "C", LAIN: "L" };

export async function rincianAhspDocument(source: ReportSource, now: Date): Promise<ReportDocument> {
  const [calc, info] = await Promise.all([source.calc(), source.info("planning", now)]);
  return {
    title: "Rincian Analisa Harga Satuan Pekerjaan",
    page: { size: "A4", orientation: "portrait" },
    ...info,
    tables: [
      { sheet: "Rincian AHSP", title: "RINCIAN ANALISA HARGA SATUAN PEKERJAAN (AHSP)", columns: COLUMNS, rows: rows(calc), csv: true },
    ],
  };
}

function rows(calc: CalcProject): Row[] {
  const ordered = calc.project.klasifikasi.flatMap((k) => k.subKlasifikasi.flatMap((s) => s.pekerjaan));
  const note = noteRow(rincianRoundingNote(calc.project.pricing.unitPriceRounding), COLUMNS.length);
  const rounding = calc.project.pricing.unitPriceRounding;
  return [...ordered.flatMap((p, i) => pekerjaanRows(calc, p, calc.analysis.pekerjaan.get(p.id)!, i + 1, rounding)), note];
}

/** A summary row: label over the first columns, the value (and its formula) in jumlah. */
function summary(key: string, label: string, value: Decimal, formula: Row["formulas"]): Row {
  return {
    style: "total",
    key,
    cells: [label, null, null, null, null, null, value],
    merge: { from: 0, to: JUMLAH - 1 },
    formulas: formula,
  };
}

function pekerjaanRows(calc: CalcProject, p: LoadedPekerjaan, a: PekerjaanAnalysis, number: number, rounding: UnitPriceRounding): Row[] {
  const key = (name: string) => `${p.id}:${name}`;
  const heading: Row = {
    style: "group",
    cells: [String(number), p.kode ?? "", p.uraian, p.satuan, null, null, null],
    merge: { from: 2, to: 2 },
  };
  const subtotals = { TK: a.A, BHN: a.B, ALT: a.C, LAIN: a.L };
  const used = KATEGORI_LIST.filter((k) => a.lines.some((l) => l.kategori === k));
  const body = used.flatMap((kategori) => {
    const lines = a.lines.flatMap((line, li) => (line.kategori === kategori ? [{ line, key: key(`l${li}`) }] : []));
    const title: Cell[] = [LETTER[kategori], KATEGORI_LABELS[kategori], null, null, null, null, null];
    return [
      { style: "subgroup", cells: title, merge: { from: 1, to: JUMLAH } } satisfies Row,
      ...lines.map(({ line, key: lineKey }): Row => {
        const item = calc.project.hargaItems.get(line.kode);
        return {
          style: "item",
          key: lineKey,
          cells: ["", line.kode, item?.uraian ?? "", item?.satuan ?? "", line.koefisien, line.harga, line.jumlah],
          formulas: { [JUMLAH]: (ref) => roundToSen(`${ref(lineKey, KOEFISIEN)}*${ref(lineKey, HARGA)}`) },
        };
      }),
      summary(key(kategori), `Jumlah ${KATEGORI_LABELS[kategori].toLowerCase()} (${LETTER[kategori]})`, subtotals[kategori], {
        [JUMLAH]: sumOf(
          lines.map((l) => l.key),
          JUMLAH,
        ),
      }),
    ];
  });
  const percent = a.overheadProfitPercent.toFixed();
  const letters = used.map((k) => LETTER[k]).join(" + ") || "0";
  return [
    heading,
    ...body,
    summary(key("E"), `E. Jumlah biaya langsung (${letters})`, a.E, { [JUMLAH]: sumOf(used.map(key), JUMLAH) }),
    summary(key("F"), `F. Biaya umum dan keuntungan ${formatPercent(percent)}% × E`, a.F, {
      [JUMLAH]: (ref) => roundToSen(`${ref(key("E"), JUMLAH)}*${percent}/100`),
    }),
    summary(key("G"), `G. Harga satuan pekerjaan (E + F) per ${p.satuan}`, a.G, {
      [JUMLAH]: (ref) => `${ref(key("E"), JUMLAH)}+${ref(key("F"), JUMLAH)}`,
    }),
    // The Rekap RAB prints this one when the project rounds unit prices more coarsely than G.
    ...(rounding === DEFAULT_UNIT_PRICE_ROUNDING
      ? []
      : [
          summary(key("HS"), `Harga satuan dibulatkan ${unitPriceRoundingLabel(rounding)}`, a.hargaSatuan, {
            [JUMLAH]: (ref) => `ROUND(${ref(key("G"), JUMLAH)},${unitPriceDigits(rounding)})`,
          }),
        ]),
  ];
}
