/**
 * PDF with pdfkit (pure JS, its standard Helvetica: nothing to embed or install). Each table
 * starts on a new page with the title and header block; the column headers repeat at the top
 * of every page and a row moves whole to the next page rather than being split. Signatures
 * follow each table, kept together. Page numbers ("Halaman 2 dari 9") are written once the
 * page count is known (buffered pages). Text is drawn as text: markup in a name stays inert.
 */
import PDFDocument from "pdfkit";
import { cellText } from "../cells";
import type { ReportDocument, Row, Signature, Table } from "../document";
import { headerLines } from "../layout";
import { drawLineChart } from "./chart";
import { type ColumnGroup, columnGroups } from "./columns";
import { winAnsi } from "./win-ansi";

type Doc = PDFKit.PDFDocument;

const MARGIN = { top: 36, bottom: 48, left: 36, right: 36 };
const FONT = { regular: "Helvetica", bold: "Helvetica-Bold" };
const SIZE = { table: 7.5, header: 8.5, title: 12 };
const PAD = 2.5;
const LINE = "#94a3b8";
const GROUP_FILL = "#f1f5f9";
const HEADER_FILL = "#e2e8f0";
const SIGNATURE_HEIGHT = 100;

export function renderPdf(document: ReportDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: document.page.size,
    layout: document.page.orientation,
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    info: { Title: `${document.title} - ${document.header.projectName}`, Creator: "RAB AHSP", Producer: "RAB AHSP" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  for (const table of document.tables) drawTable(doc, document, table);
  if (document.chart) {
    doc.addPage();
    drawLineChart(doc, document.chart, contentBox(doc));
  }
  numberPages(doc, document);
  doc.end();
  return done;
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

function drawTable(doc: Doc, document: ReportDocument, table: Table) {
  doc.addPage();
  const groups = columnGroups(table.columns, contentBox(doc).width, table.repeatColumns);
  groups.forEach((group, gi) => {
    if (gi > 0) doc.addPage();
    let y = drawTitle(doc, gi === 0 ? table.title : `${table.title} (lanjutan ${gi + 1}/${groups.length})`, MARGIN.top);
    if (gi === 0) y = drawHeaderBlock(doc, document, y);
    y = drawColumnHeaders(doc, table, group, y);
    for (const row of table.rows) {
      const height = rowHeight(doc, table, group, row);
      if (y + height > bottom(doc)) {
        doc.addPage();
        y = drawColumnHeaders(doc, table, group, MARGIN.top);
      }
      drawRow(doc, table, group, row, y, height);
      y += height;
    }
    if (gi === groups.length - 1) drawSignatures(doc, document.signatures, y + 18);
  });
}

function drawTitle(doc: Doc, title: string, y: number): number {
  const box = contentBox(doc);
  doc.font(FONT.bold).fontSize(SIZE.title).fillColor("black");
  doc.text(winAnsi(title), box.x, y, { width: box.width, align: "center" });
  return doc.y + 6;
}

function drawHeaderBlock(doc: Doc, document: ReportDocument, top: number): number {
  const box = contentBox(doc);
  const labelWidth = 80;
  let y = top;
  doc.fontSize(SIZE.header);
  for (const [label, value] of headerLines(document.header)) {
    doc.font(FONT.regular).text(winAnsi(label), box.x, y, { width: labelWidth, lineBreak: false });
    doc.text(":", box.x + labelWidth, y, { lineBreak: false });
    doc.font(FONT.bold).text(winAnsi(value), box.x + labelWidth + 8, y, { width: box.width - labelWidth - 8 });
    y = doc.y + 1;
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
  return merged ? "" : winAnsi(cellText(row.cells[column] ?? null, table.columns[column]!.kind));
}

function fontOf(row: Row): string {
  return row.style === "item" || row.style === "note" ? FONT.regular : FONT.bold;
}

function rowHeight(doc: Doc, table: Table, group: ColumnGroup, row: Row): number {
  doc.font(fontOf(row)).fontSize(SIZE.table);
  let lines = doc.currentLineHeight();
  for (const span of cellSpans(group, row)) {
    const text = textOf(table, row, span.column);
    // Numbers never wrap; only text can need more than one line.
    if (text === "" || table.columns[span.column]!.kind !== "text") continue;
    lines = Math.max(lines, doc.heightOfString(text, { width: span.width - 2 * PAD }));
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
  if (row.style === "total") {
    doc.lineWidth(1.2).strokeColor("black").moveTo(left, y).lineTo(left + width, y).stroke();
  }
  doc.fillColor("black").font(fontOf(row)).fontSize(SIZE.table);
  for (const span of spans) {
    const text = textOf(table, row, span.column);
    if (text === "") continue;
    const numeric = table.columns[span.column]!.kind !== "text" && typeof row.cells[span.column] !== "string";
    doc.text(text, span.x + PAD, y + PAD, { width: span.width - 2 * PAD, align: numeric ? "right" : "left", lineBreak: !numeric });
  }
}

function drawColumnHeaders(doc: Doc, table: Table, group: ColumnGroup, y: number): number {
  doc.font(FONT.bold).fontSize(SIZE.table);
  const height =
    Math.max(...group.columns.map((c, i) => doc.heightOfString(winAnsi(table.columns[c]!.header), { width: group.widths[i]! - 2 * PAD }))) + 2 * PAD;
  let x = MARGIN.left;
  group.columns.forEach((c, i) => {
    const width = group.widths[i]!;
    doc.rect(x, y, width, height).fillAndStroke(HEADER_FILL, LINE);
    doc.fillColor("black").text(winAnsi(table.columns[c]!.header), x + PAD, y + PAD, { width: width - 2 * PAD, align: "center" });
    x += width;
  });
  return y + height;
}

/** The parties side by side, on a new page if they do not fit under the table. */
function drawSignatures(doc: Doc, signatures: readonly Signature[], top: number) {
  if (signatures.length === 0) return;
  let y = top;
  if (y + SIGNATURE_HEIGHT > bottom(doc)) {
    doc.addPage();
    y = MARGIN.top;
  }
  const box = contentBox(doc);
  const width = box.width / signatures.length;
  signatures.forEach((s, i) => {
    const x = box.x + i * width;
    doc.font(FONT.regular).fontSize(SIZE.header).text(winAnsi(s.role), x, y, { width, align: "center" });
    doc.font(FONT.bold).text(winAnsi(s.name || "(........................................)"), x, y + 60, { width, align: "center", underline: Boolean(s.name) });
    doc.font(FONT.regular).text(winAnsi(s.title), x, doc.y, { width, align: "center" });
  });
}

/** "Halaman i dari n" and the document's name on every page, once all pages exist. */
function numberPages(doc: Doc, document: ReportDocument) {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const box = contentBox(doc);
    const y = doc.page.height - MARGIN.bottom + 16;
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    doc.font(FONT.regular).fontSize(7).fillColor("#475569");
    doc.text(winAnsi(`${document.title} - ${document.header.projectName}`), box.x, y, { width: box.width * 0.75, lineBreak: false, ellipsis: true });
    doc.text(`Halaman ${i + 1} dari ${range.count}`, box.x, y, { width: box.width, align: "right", lineBreak: false });
    doc.page.margins.bottom = MARGIN.bottom;
  }
}
