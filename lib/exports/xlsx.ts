/**
 * XLSX with exceljs' streaming writer (rows are flushed as they are written, so a
 * 30,000-row Rincian AHSP does not hold a whole workbook model in memory).
 *
 * - Numbers are numbers (a Decimal becomes a JS number only here, at the edge) with Excel
 *   number formats; Excel shows them with the reader's own separators (id-ID: 1.234,56).
 *   Values are the engine's, which rounds where a document prints a figure (docs/calculation.md,
 *   "Every printed figure re-adds").
 * - Formulas (Row.formulas) are written with the engine's value as the cached result; they
 *   ROUND as the engine does (./rounding.ts), so Excel recalculates the printed figures.
 * - Text is always a string cell (shared string): Excel never runs it as a formula, so
 *   "=HYPERLINK(…)" in an uraian stays text without altering it.
 * - Each table is a sheet: title, header block, table (header row frozen and repeated on
 *   every printed page), signatures; A4/A3 print setup fit to one page wide, page numbers
 *   in the footer.
 * - A chart (the jadwal's Kurva S) is a PNG picture beside its data table: exceljs can not
 *   write native charts, so the chart's SVG (lib/exports/chart) is rendered by sharp, and
 *   added to the finished package (./xlsx-picture.ts: the streaming writer has no pictures).
 */
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import sharp from "sharp";
import { XLSX_FORMATS } from "./cells";
import { lineChartSvg } from "./chart/svg";
import type { Cell, Column, LineChart, ReportDocument, Row, Signature, Table } from "./document";
import { headerLines } from "./layout";
import { addPicture } from "./xlsx-picture";

type Sheet = ExcelJS.Worksheet;

/** OOXML paper codes; exceljs' PaperSize enum lacks A3 (8). */
const PAPER: Record<ReportDocument["page"]["size"], number> = { A4: 9, A3: 8 };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF94A3B8" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FILL = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const HEADER_FILL = FILL("FFE2E8F0");
const GROUP_FILL = FILL("FFF1F5F9");
// Shared by every cell: exceljs files a style per distinct value, not per object.
const TOTAL_BORDER: Partial<ExcelJS.Borders> = { ...BORDER, top: { style: "medium" } };
const BOLD: Partial<ExcelJS.Font> = { bold: true };
const TOP: Partial<ExcelJS.Alignment> = { vertical: "top" };
const TOP_WRAPPED: Partial<ExcelJS.Alignment> = { vertical: "top", wrapText: true };
/** Rows above a table: title, header block (6 lines), a blank line. */
const TABLE_HEADER_ROW = 9;
const SIGNATURE_GAP = 2;
/**
 * The chart picture: laid out at width × height (the chart's units, those its font sizes are
 * in), shown `zoom` times larger in the sheet (in pixels), its PNG `pixelRatio` times finer
 * still so that it prints sharp.
 */
const CHART_PICTURE = { width: 520, height: 300, zoom: 1.4, pixelRatio: 2 };

interface Placement {
  sheet: string;
  row: number;
}

export async function renderXlsx(document: ReportDocument): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  workbook.creator = "RAB AHSP";
  workbook.title = document.title;
  // The zip entries still carry the rendering's time: only the workbook's own metadata can be set.
  if (document.createdAt) workbook.created = workbook.modified = document.createdAt;
  const placements = placeRows(document.tables);
  for (const table of document.tables) writeSheet(workbook, document, table, placements);
  await workbook.commit();
  const xlsx = Buffer.concat(chunks);
  return document.chart ? withChart(xlsx, document.tables, document.chart) : xlsx;
}

/**
 * The chart beside its data table: one empty column right of it, from its first data row
 * (below the frozen header, so it scrolls with the data), and inside the printed width (fit
 * to one page wide).
 */
async function withChart(xlsx: Buffer, tables: readonly Table[], chart: LineChart): Promise<Buffer> {
  const table = tables.find((t) => t.sheet === chart.sheet);
  if (!table) throw new Error(`Lembar data grafik tidak ada: ${chart.sheet}`);
  return addPicture(xlsx, chart.sheet, await chartPng(chart), {
    col: table.columns.length + 1,
    row: TABLE_HEADER_ROW,
    width: CHART_PICTURE.width * CHART_PICTURE.zoom,
    height: CHART_PICTURE.height * CHART_PICTURE.zoom,
    description: chart.title,
  });
}

export async function chartPng(chart: LineChart): Promise<Buffer> {
  const svg = lineChartSvg(chart, CHART_PICTURE);
  // librsvg renders an SVG at 72 dpi: the density scales it to the picture's pixels.
  return sharp(Buffer.from(svg), { density: 72 * CHART_PICTURE.zoom * CHART_PICTURE.pixelRatio })
    .png()
    .toBuffer();
}

/** Where every keyed row lands, before anything is written: formulas may point down or to other sheets. */
function placeRows(tables: readonly Table[]): Map<string, Placement> {
  const placements = new Map<string, Placement>();
  for (const table of tables) {
    table.rows.forEach((row, i) => {
      if (row.key) placements.set(row.key, { sheet: table.sheet, row: TABLE_HEADER_ROW + 1 + i });
    });
  }
  return placements;
}

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function footerText(text: string): string {
  return text.replace(/&/g, "&&");
}

function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  document: ReportDocument,
  table: Table,
  placements: Map<string, Placement>,
) {
  const sheet = workbook.addWorksheet(table.sheet, {
    views: [{ state: "frozen", ySplit: TABLE_HEADER_ROW, xSplit: table.repeatColumns ?? 0 }],
    pageSetup: {
      paperSize: PAPER[document.page.size] as ExcelJS.PaperSize,
      orientation: document.page.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${footerText(`${document.header.projectName} · ${table.title}`)}&RHalaman &P dari &N` },
  });
  sheet.columns = table.columns.map((c) => ({ width: c.width }));

  const width = table.columns.length - 1;
  const textLine = (text: string, style?: (row: ExcelJS.Row) => void) => {
    const row = sheet.addRow([text]);
    style?.(row);
    mergeRow(sheet, row, 0, width);
    row.commit();
  };
  textLine(table.title, (row) => {
    row.font = { bold: true, size: 14 };
    row.alignment = { horizontal: "center" };
  });
  for (const [label, value] of headerLines(document.header)) textLine(`${label}: ${value}`);
  sheet.addRow([]).commit();

  writeColumnHeaders(sheet, table.columns);
  const ref = (key: string, column: number) => {
    const at = placements.get(key);
    if (!at) throw new Error(`Baris rujukan tidak ada: ${key}`);
    const address = `${columnLetter(column)}${at.row}`;
    return at.sheet === table.sheet ? address : `'${at.sheet.replace(/'/g, "''")}'!${address}`;
  };
  for (const row of table.rows) writeRow(sheet, table.columns, row, ref);
  writeSignatures(sheet, document.signatures, table.columns.length);
  sheet.commit();
}

/** The streaming writer can merge only within rows not yet committed. */
function mergeRow(sheet: Sheet, row: ExcelJS.Row, from: number, to: number) {
  if (to > from) sheet.mergeCells(row.number, from + 1, row.number, to + 1);
}

function writeColumnHeaders(sheet: Sheet, columns: readonly Column[]) {
  const row = sheet.addRow(columns.map((c) => c.header));
  row.eachCell((cell) => {
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  row.commit();
}

function numberOf(cell: Cell): number | string | null {
  return cell === null || typeof cell === "string" ? cell : cell.toNumber();
}

function writeRow(sheet: Sheet, columns: readonly Column[], row: Row, ref: (key: string, column: number) => string) {
  const values = columns.map((_, i) => {
    const value = numberOf(row.cells[i] ?? null);
    const formula = row.formulas?.[i];
    if (!formula) return value;
    return { formula: formula(ref), result: typeof value === "number" ? value : undefined } as ExcelJS.CellFormulaValue;
  });
  const added = sheet.addRow(values);
  const bold = row.style !== "item";
  columns.forEach((column, i) => {
    const cell = added.getCell(i + 1);
    cell.border = row.style === "total" ? TOTAL_BORDER : BORDER;
    if (bold) cell.font = BOLD;
    if (row.style === "group" || row.style === "subgroup") cell.fill = GROUP_FILL;
    if (column.kind === "text" || row.style === "note") {
      cell.alignment = column.width >= 20 || row.style === "note" ? TOP_WRAPPED : TOP;
    } else {
      cell.numFmt = XLSX_FORMATS[column.kind];
      cell.alignment = TOP;
    }
  });
  if (row.merge) mergeRow(sheet, added, row.merge.from, row.merge.to);
  added.commit();
}

/**
 * Parties side by side under the table: each over an equal share of the columns, a gap for
 * the signature, then the name (bold, underlined) and title.
 */
function writeSignatures(sheet: Sheet, signatures: readonly Signature[], columnCount: number) {
  if (signatures.length === 0) return;
  for (let r = 0; r < SIGNATURE_GAP; r++) sheet.addRow([]).commit();
  const spans = signatures.map(
    (_, i) => [Math.floor((i * columnCount) / signatures.length), Math.floor(((i + 1) * columnCount) / signatures.length) - 1] as const,
  );
  const lines: { text: (s: Signature) => string; font?: Partial<ExcelJS.Font>; height?: number }[] = [
    { text: (s) => s.role },
    { text: () => "", height: 48 },
    { text: (s) => s.name || "(........................................)", font: { bold: true, underline: true } },
    { text: (s) => s.title },
  ];
  for (const line of lines) {
    const values: (string | null)[] = new Array<string | null>(columnCount).fill(null);
    spans.forEach(([from], si) => (values[from] = line.text(signatures[si]!)));
    const row = sheet.addRow(values);
    if (line.height) row.height = line.height;
    spans.forEach(([from, to]) => {
      const cell = row.getCell(from + 1);
      cell.alignment = { horizontal: "center", wrapText: true };
      if (line.font) cell.font = line.font;
      mergeRow(sheet, row, from, to);
    });
    row.commit();
  }
}
