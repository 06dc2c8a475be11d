/**
 * PDF with pdfkit (pure JS) in an embedded DejaVu Sans Condensed (./fonts.ts). Each table
 * starts on a new page with the title and header block; the column headers repeat at the top
 * of every page and a row moves whole to the next page rather than being split. Signatures
 * follow each table, kept together. Every page carries "Halaman i dari n". Text is drawn as
 * text: markup in a name stays inert.
 *
 * Two passes over the same layout code: the first only measures (on a scratch document) to
 * learn the page count, the second draws with that count known. So no page has to be kept
 * for numbering afterwards: pdfkit writes out each page as the next begins, and a
 * 600-page Rincian AHSP never sits in memory whole. Row heights are measured once.
 */
import PDFDocument from "pdfkit";
import { cellText } from "../cells";
import type { ReportDocument, Row, Signature, Table } from "../document";
import { headerLines } from "../layout";
import { drawLineChart } from "./chart";
import { type ColumnGroup, columnGroups } from "./columns";
import { FONT, pdfText, registerFonts } from "./fonts";

type Doc = PDFKit.PDFDocument;

const MARGIN = { top: 36, bottom: 48, left: 36, right: 36 };
const SIZE = { table: 7.5, header: 8.5, title: 12 };
const PAD = 2.5;
const LINE = "#94a3b8";
const GROUP_FILL = "#f1f5f9";
const HEADER_FILL = "#e2e8f0";
const SIGNATURE_HEIGHT = 100;
const HEADER_LABEL_WIDTH = 80;

/**
 * Where the layout runs: `draw` false only measures and counts pages (pass one); true
 * draws on the real document (pass two).
 */
interface Surface {
  doc: Doc;
  draw: boolean;
  pages: number;
  totalPages: number;
  document: ReportDocument;
  /** Row heights by table, column group and row, from pass one. */
  heights: Map<string, number>;
}

function newDocument(document: ReportDocument, autoFirstPage: boolean): Doc {
  const doc = new PDFDocument({
    size: document.page.size,
    layout: document.page.orientation,
    margins: MARGIN,
    autoFirstPage,
    info: {
      Title: `${document.title} - ${document.header.projectName}`,
      Creator: "RAB AHSP",
      Producer: "RAB AHSP",
      CreationDate: document.createdAt ?? new Date(),
    },
  });
  return registerFonts(doc);
}

export async function renderPdf(document: ReportDocument): Promise<Buffer> {
  const heights = new Map<string, number>();
  // The scratch document only lends its fonts and page size for measuring; it is never read.
  const measured: Surface = { doc: newDocument(document, true), draw: false, pages: 0, totalPages: 0, document, heights };
  layout(measured);

  const doc = newDocument(document, false);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  layout({ doc, draw: true, pages: 0, totalPages: measured.pages, document, heights });
  doc.end();
  return done;
}

function layout(surface: Surface) {
  surface.document.tables.forEach((table, ti) => layoutTable(surface, table, ti));
  if (surface.document.chart) {
    newPage(surface);
    if (surface.draw) drawLineChart(surface.doc, surface.document.chart, contentBox(surface.doc));
  }
}

function newPage(surface: Surface) {
  surface.pages += 1;
  if (!surface.draw) return;
  surface.doc.addPage();
  drawFooter(surface);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function contentBox(doc: Doc): Box {
  const { width, height } = doc.page;
  return { x: MARGIN.left, y: MARGIN.top, width: width - MARGIN.left - MARGIN.right, height: height - MARGIN.top - MARGIN.bottom };
}

function bottom(doc: Doc): number {
  return doc.page.height - MARGIN.bottom;
}

/** Height of text in a width: one line when it fits (cheap), else pdfkit's line wrapping. */
function textHeight(doc: Doc, text: string, width: number): number {
  return doc.widthOfString(text) <= width ? doc.currentLineHeight(true) : doc.heightOfString(text, { width });
}

function layoutTable(surface: Surface, table: Table, tableIndex: number) {
  const { doc } = surface;
  newPage(surface);
  const groups = columnGroups(table.columns, contentBox(doc).width, table.repeatColumns);
  groups.forEach((group, gi) => {
    if (gi > 0) newPage(surface);
    let y = title(surface, gi === 0 ? table.title : `${table.title} (lanjutan ${gi + 1}/${groups.length})`, MARGIN.top);
    if (gi === 0) y = headerBlock(surface, y);
    y = columnHeaders(surface, table, group, y);
    table.rows.forEach((row, ri) => {
      const key = `${tableIndex}:${gi}:${ri}`;
      let height = surface.heights.get(key);
      if (height === undefined) {
        height = rowHeight(doc, table, group, row);
        surface.heights.set(key, height);
      }
      if (y + height > bottom(doc)) {
        newPage(surface);
        y = columnHeaders(surface, table, group, MARGIN.top);
      }
      if (surface.draw) drawRow(doc, table, group, row, y, height);
      y += height;
    });
    if (gi === groups.length - 1) signatures(surface, surface.document.signatures, y + 18);
  });
}

function title(surface: Surface, text: string, y: number): number {
  const { doc } = surface;
  const box = contentBox(doc);
  doc.font(FONT.bold).fontSize(SIZE.title);
  const height = textHeight(doc, pdfText(text), box.width);
  if (surface.draw) doc.fillColor("black").text(pdfText(text), box.x, y, { width: box.width, align: "center" });
  return y + height + 6;
}

function headerBlock(surface: Surface, top: number): number {
  const { doc } = surface;
  const box = contentBox(doc);
  const valueX = box.x + HEADER_LABEL_WIDTH + 8;
  const valueWidth = box.width - HEADER_LABEL_WIDTH - 8;
  let y = top;
  doc.fontSize(SIZE.header);
  for (const [label, rawValue] of headerLines(surface.document.header)) {
    const value = pdfText(rawValue);
    doc.font(FONT.bold);
    const height = textHeight(doc, value, valueWidth);
    if (surface.draw) {
      doc.text(value, valueX, y, { width: valueWidth });
      doc.font(FONT.regular).text(pdfText(label), box.x, y, { width: HEADER_LABEL_WIDTH, lineBreak: false });
      doc.text(":", box.x + HEADER_LABEL_WIDTH, y, { lineBreak: false });
    }
    y += height + 1;
  }
  return y + 8;
}

/** [x, width] of each cell to draw in this row and group, merged cells combined. */
function cellSpans(group: ColumnGroup, row: Row): { column: number; x: number; width: number }[] {
  const spans: { column: number; x: number; width: number }[] = [];
  let x = MARGIN.left;
  group.columns.forEach((column, i) => {
    const width = group.widths[i]!;
    const last = spans.at(-1);
    const merged = row.merge && column > row.merge.from && column <= row.merge.to && last && last.column >= row.merge.from;
    if (merged) last.width += width;
    else spans.push({ column, x, width });
    x += width;
  });
  return spans;
}

function textOf(table: Table, row: Row, column: number): string {
  const merged = row.merge && column > row.merge.from && column <= row.merge.to;
  return merged ? "" : pdfText(cellText(row.cells[column] ?? null, table.columns[column]!.kind));
}

function fontOf(row: Row): string {
  return row.style === "item" || row.style === "note" ? FONT.regular : FONT.bold;
}

/** A number is right-aligned on one line; text wraps. */
function isNumeric(table: Table, row: Row, column: number): boolean {
  return table.columns[column]!.kind !== "text" && typeof row.cells[column] !== "string";
}

function rowHeight(doc: Doc, table: Table, group: ColumnGroup, row: Row): number {
  doc.font(fontOf(row)).fontSize(SIZE.table);
  let lines = doc.currentLineHeight(true);
  for (const span of cellSpans(group, row)) {
    const text = textOf(table, row, span.column);
    if (text !== "" && !isNumeric(table, row, span.column)) lines = Math.max(lines, textHeight(doc, text, span.width - 2 * PAD));
  }
  return lines + 2 * PAD;
}

function drawRow(doc: Doc, table: Table, group: ColumnGroup, row: Row, y: number, height: number) {
  const spans = cellSpans(group, row);
  const left = MARGIN.left;
  const width = group.widths.reduce((s, w) => s + w, 0);
  if (row.style === "group" || row.style === "subgroup") doc.rect(left, y, width, height).fill(GROUP_FILL);
  doc.lineWidth(0.5).strokeColor(LINE);
  for (const span of spans) doc.rect(span.x, y, span.width, height).stroke();
  if (row.style === "total")
    doc
      .lineWidth(1.2)
      .strokeColor("black")
      .moveTo(left, y)
      .lineTo(left + width, y)
      .stroke();
  doc.fillColor("black").font(fontOf(row)).fontSize(SIZE.table);
  for (const span of spans) {
    const text = textOf(table, row, span.column);
    if (text === "") continue;
    const numeric = isNumeric(table, row, span.column);
    doc.text(text, span.x + PAD, y + PAD, { width: span.width - 2 * PAD, align: numeric ? "right" : "left", lineBreak: !numeric });
  }
}

function columnHeaders(surface: Surface, table: Table, group: ColumnGroup, y: number): number {
  const { doc } = surface;
  doc.font(FONT.bold).fontSize(SIZE.table);
  const headers = group.columns.map((c) => pdfText(table.columns[c]!.header));
  const height = Math.max(...headers.map((text, i) => textHeight(doc, text, group.widths[i]! - 2 * PAD))) + 2 * PAD;
  if (surface.draw) {
    let x = MARGIN.left;
    headers.forEach((text, i) => {
      const width = group.widths[i]!;
      doc.rect(x, y, width, height).fillAndStroke(HEADER_FILL, LINE);
      doc.fillColor("black").text(text, x + PAD, y + PAD, { width: width - 2 * PAD, align: "center" });
      x += width;
    });
  }
  return y + height;
}

/** The parties side by side, on a new page if they do not fit under the table. */
function signatures(surface: Surface, parties: readonly Signature[], top: number) {
  if (parties.length === 0) return;
  const { doc } = surface;
  let y = top;
  if (y + SIGNATURE_HEIGHT > bottom(doc)) {
    newPage(surface);
    y = MARGIN.top;
  }
  if (!surface.draw) return;
  const box = contentBox(doc);
  const width = box.width / parties.length;
  parties.forEach((s, i) => {
    const x = box.x + i * width;
    doc.fillColor("black").font(FONT.regular).fontSize(SIZE.header).text(pdfText(s.role), x, y, { width, align: "center" });
    doc.font(FONT.bold).text(pdfText(s.name || "(........................................)"), x, y + 60, {
      width,
      align: "center",
      underline: Boolean(s.name),
    });
    doc.font(FONT.regular).text(pdfText(s.title), x, doc.y, { width, align: "center" });
  });
}

/** "Halaman i dari n" and the document's name at the foot of the page just begun. */
function drawFooter(surface: Surface) {
  const { doc, document } = surface;
  const box = contentBox(doc);
  const y = doc.page.height - MARGIN.bottom + 16;
  // Writing inside the bottom margin would otherwise make pdfkit start a new page.
  doc.page.margins.bottom = 0;
  doc.font(FONT.regular).fontSize(7).fillColor("#475569");
  doc.text(pdfText(`${document.title} - ${document.header.projectName}`), box.x, y, {
    width: box.width * 0.75,
    lineBreak: false,
    ellipsis: true,
  });
  doc.text(`Halaman ${surface.pages} dari ${surface.totalPages}`, box.x, y, { width: box.width, align: "right", lineBreak: false });
  doc.page.margins.bottom = MARGIN.bottom;
  doc.fillColor("black");
}
