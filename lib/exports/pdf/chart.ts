/**
 * A line chart drawn as PDF vector paths (the Kurva S), from the shared chart layout: axes,
 * the grid, x labels, one polyline per series (a gap where a value is null), and a legend.
 */
import { type Box, CHART_AXIS, CHART_STYLE, CHART_TEXT, type ChartLayout, layoutLineChart } from "../chart/layout";
import type { LineChart } from "../document";
import { FONT, pdfText } from "./fonts";

type Doc = PDFKit.PDFDocument;

const X_LABEL_WIDTH = 40;

export function drawLineChart(doc: Doc, chart: LineChart, box: Box) {
  const layout = layoutLineChart(chart, box, (text, size) => doc.font(FONT.regular).fontSize(size).widthOfString(pdfText(text)));
  doc
    .font(FONT.bold)
    .fontSize(CHART_TEXT.title)
    .fillColor("black")
    .text(pdfText(chart.title), box.x, box.y, { width: box.width, align: "center" });
  drawGrid(doc, layout);
  drawXLabels(doc, layout);
  for (const series of layout.series) drawSeries(doc, series);
  drawLegend(doc, layout);
}

function drawGrid(doc: Doc, { plot, yTicks }: ChartLayout) {
  doc.fontSize(CHART_TEXT.label).font(FONT.regular).fillColor(CHART_STYLE.label);
  yTicks.forEach(({ y, label }, i) => {
    doc
      .lineWidth(CHART_STYLE.gridWidth)
      .strokeColor(i === 0 ? CHART_STYLE.axis : CHART_STYLE.grid)
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.width, y)
      .stroke();
    doc.text(label, plot.x - CHART_AXIS.left, y - CHART_TEXT.label / 2, { width: CHART_AXIS.left - 4, align: "right", lineBreak: false });
  });
  doc
    .lineWidth(CHART_STYLE.axisWidth)
    .strokeColor(CHART_STYLE.axis)
    .moveTo(plot.x, plot.y)
    .lineTo(plot.x, plot.y + plot.height)
    .stroke();
}

function drawXLabels(doc: Doc, { plot, xTicks }: ChartLayout) {
  const axis = plot.y + plot.height;
  doc.fontSize(CHART_TEXT.label).font(FONT.regular).fillColor(CHART_STYLE.label);
  for (const { x, label } of xTicks) {
    doc
      .lineWidth(CHART_STYLE.gridWidth)
      .strokeColor(CHART_STYLE.axis)
      .moveTo(x, axis)
      .lineTo(x, axis + CHART_STYLE.tick)
      .stroke();
    doc.text(pdfText(label), x - X_LABEL_WIDTH / 2, axis + CHART_STYLE.xLabelTop, {
      width: X_LABEL_WIDTH,
      align: "center",
      lineBreak: false,
    });
  }
}

function drawSeries(doc: Doc, { color, runs }: ChartLayout["series"][number]) {
  doc.lineWidth(CHART_STYLE.seriesWidth).strokeColor(color);
  for (const run of runs) run.forEach(({ x, y }, i) => (i === 0 ? doc.moveTo(x, y) : doc.lineTo(x, y)));
  doc.stroke();
  doc.fillColor(color);
  for (const { x, y } of runs.flat()) doc.circle(x, y, CHART_STYLE.markerRadius).fill();
}

function drawLegend(doc: Doc, { legend }: ChartLayout) {
  doc.fontSize(CHART_TEXT.legend).font(FONT.regular);
  for (const entry of legend) {
    doc.lineWidth(CHART_STYLE.legendWidth).strokeColor(entry.color).moveTo(entry.x, entry.y).lineTo(entry.swatchEnd, entry.y).stroke();
    doc.fillColor("black").text(pdfText(entry.name), entry.textX, entry.y - CHART_TEXT.legend / 2, { lineBreak: false });
  }
}
