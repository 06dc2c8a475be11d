/**
 * Jadwal (printed as "Time Schedule", the name the trade gives the document): per pekerjaan
 * its bobot and, week by week, the planned and the actual percent of its volume (GET /jadwal),
 * under it the project's weekly and cumulative weighted progress, planned and actual, and the
 * deviation (GET /kurva-s); then the Kurva S itself, as a data table and a chart (a picture
 * beside the table in the XLSX, vector lines on the PDF's last page). A3 landscape; a PDF page
 * takes as many weeks as fit and the next pages continue beside the same No / Uraian columns.
 */
import { type Decimal, toDecimal } from "@/lib/calc";
import { formatDay } from "@/lib/format/date";
import { letters, roman } from "@/lib/format/numbering";
import { jadwalRoundingNote } from "@/lib/format/unit-price-rounding";
import type { KurvaSView, JadwalView } from "@/lib/jadwal/types";
import type { Cell, Column, LineChart, ReportDocument, Row } from "../document";
import type { ReportSource } from "../source";
import { noteRow } from "./rows";

const LEADING: Column[] = [
  { header: "No", kind: "text", width: 5 },
  { header: "Uraian Pekerjaan", kind: "text", width: 32 },
  { header: "Bobot (%)", kind: "percent", width: 8 },
  { header: "Ket.", kind: "text", width: 9 },
];
const WEEK_WIDTH = 7;
const KURVA_SHEET = "Kurva S";

const decimalOrNull = (value: string | null | undefined): Decimal | null =>
  value === null || value === undefined ? null : toDecimal(value);

export async function jadwalDocument(source: ReportSource, now: Date): Promise<ReportDocument> {
  const [jadwal, kurvaS, info, calc] = await Promise.all([
    source.jadwal("week"),
    source.kurvaS("week"),
    source.info("jadwal", now),
    source.calc(),
  ]);
  const weeks = jadwal.weeks ?? [];
  const columns: Column[] = [
    ...LEADING,
    ...weeks.map((w): Column => ({ header: `M${w.week}\n${formatDay(w.start)}`, kind: "percent", width: WEEK_WIDTH })),
    { header: "Jumlah (%)", kind: "percent", width: 9 },
  ];
  return {
    title: "Jadwal Pelaksanaan dan Kurva S",
    page: { size: "A3", orientation: "landscape" },
    ...info,
    tables: [
      {
        sheet: "Jadwal",
        title: "JADWAL PELAKSANAAN PEKERJAAN (TIME SCHEDULE)",
        columns,
        rows: [
          ...jadwalRows(jadwal, kurvaS, weeks.length),
          noteRow(jadwalRoundingNote(calc.project.pricing.unitPriceRounding), columns.length),
        ],
        repeatColumns: LEADING.length,
      },
      { sheet: KURVA_SHEET, title: "KURVA S", columns: KURVA_COLUMNS, rows: kurvaRows(kurvaS) },
    ],
    chart: kurvaChart(kurvaS),
  };
}

/** One row of week values with its total as a live sum across the weeks. */
function weekRow(
  key: string,
  style: Row["style"],
  leading: Cell[],
  values: (Decimal | null)[],
  total: Decimal | null,
  withTotal: boolean,
): Row {
  const totalColumn = LEADING.length + values.length;
  return {
    style,
    key,
    cells: [...leading, ...values, total],
    formulas:
      withTotal && values.length > 0
        ? { [totalColumn]: (ref) => `SUM(${ref(key, LEADING.length)}:${ref(key, totalColumn - 1)})` }
        : undefined,
  };
}

function jadwalRows(jadwal: JadwalView, kurvaS: KurvaSView, weekCount: number): Row[] {
  const bobot = new Map(kurvaS.bobot.map((b) => [b.pekerjaanId, toDecimal(b.bobot)]));
  const heading = (style: "group" | "subgroup", number: string, name: string): Row => ({
    style,
    cells: [number, name, ...new Array<null>(weekCount + 3).fill(null)],
    merge: { from: 1, to: LEADING.length + weekCount },
  });
  const rows = jadwal.klasifikasi.flatMap((k, ki) => [
    heading("group", roman(ki + 1), k.name),
    ...k.subKlasifikasi.flatMap((s, si) => [
      heading("subgroup", letters(si + 1), s.name),
      ...s.pekerjaan.flatMap((p, pi) => [
        weekRow(
          `plan:${p.id}`,
          "item",
          [String(pi + 1), p.uraian, bobot.get(p.id) ?? null, "Rencana"],
          p.planned.map(decimalOrNull),
          toDecimal(p.totals.planned),
          true,
        ),
        weekRow(`real:${p.id}`, "item", [null, null, null, "Realisasi"], p.actual.map(decimalOrNull), toDecimal(p.totals.actual), true),
      ]),
    ]),
  ]);
  const points = (kurvaS.weeks ?? []).slice(1);
  const series = (pick: (p: (typeof points)[number]) => string | null) => points.map((p) => decimalOrNull(pick(p)));
  const total = (key: string, label: string, values: (Decimal | null)[], sum: Decimal | null): Row => ({
    ...weekRow(key, "total", [label, null, null, null], values, sum, sum !== null),
    merge: { from: 0, to: LEADING.length - 1 },
  });
  // The weekly rows add up to the curve's last cumulative values.
  const last = points.at(-1);
  return [
    ...rows,
    total(
      "kurva:plan",
      "Rencana mingguan (%)",
      series((p) => p.planned),
      decimalOrNull(last?.plannedCumulative),
    ),
    total(
      "kurva:plan-cum",
      "Rencana kumulatif (%)",
      series((p) => p.plannedCumulative),
      null,
    ),
    total(
      "kurva:real",
      "Realisasi mingguan (%)",
      series((p) => p.actual),
      toDecimal(kurvaS.summary.actualCumulative),
    ),
    total(
      "kurva:real-cum",
      "Realisasi kumulatif (%)",
      series((p) => p.actualCumulative),
      null,
    ),
    total(
      "kurva:deviasi",
      "Deviasi (%)",
      series((p) => p.deviation),
      null,
    ),
  ];
}

const KURVA_COLUMNS: Column[] = [
  { header: "Minggu", kind: "text", width: 8 },
  { header: "Mulai", kind: "text", width: 13 },
  { header: "Selesai", kind: "text", width: 13 },
  { header: "Rencana (%)", kind: "percent", width: 12 },
  { header: "Rencana kumulatif (%)", kind: "percent", width: 14 },
  { header: "Realisasi (%)", kind: "percent", width: 12 },
  { header: "Realisasi kumulatif (%)", kind: "percent", width: 14 },
  { header: "Deviasi (%)", kind: "percent", width: 12 },
];

function kurvaRows(kurvaS: KurvaSView): Row[] {
  return (kurvaS.weeks ?? []).map((p) => ({
    style: "item",
    cells: [
      String(p.week),
      p.start ? formatDay(p.start) : "",
      p.end ? formatDay(p.end) : "",
      toDecimal(p.planned),
      toDecimal(p.plannedCumulative),
      decimalOrNull(p.actual),
      decimalOrNull(p.actualCumulative),
      decimalOrNull(p.deviation),
    ],
  }));
}

function kurvaChart(kurvaS: KurvaSView): LineChart {
  const points = kurvaS.weeks ?? [];
  // A chart value: a percent with 2 decimals, drawn, never summed.
  const value = (text: string | null) => (text === null ? null : Number(text));
  return {
    title: "KURVA S: RENCANA DAN REALISASI KUMULATIF",
    sheet: KURVA_SHEET,
    labels: points.map((p) => (p.week === 0 ? "0" : `M${p.week}`)),
    series: [
      { name: "Rencana kumulatif", color: "#2563eb", values: points.map((p) => value(p.plannedCumulative)) },
      { name: "Realisasi kumulatif", color: "#dc2626", values: points.map((p) => value(p.actualCumulative)) },
    ],
    yMax: 100,
  };
}
