/**
 * A line chart drawn as PDF vector paths (the Kurva S): axes, a 10% grid, x labels thinned to
 * fit, one polyline per series (a gap where a value is null), and a legend.
 */
import type { LineChart } from "../document";
import { winAnsi } from "./win-ansi";

type Doc = PDFKit.PDFDocument;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const AXIS = { left: 40, bottom: 36, top: 50, right: 16 };
const GRID_STEPS = 10;
const MIN_LABEL_GAP = 26;

export function drawLineChart(doc: Doc, chart: LineChart, box: Box) {
  doc.font("Helvetica-Bold").fontSize(12).fillColor("black").text(winAnsi(chart.title), box.x, box.y, { width: box.width, align: "center" });
  const plot = { x: box.x + AXIS.left, y: box.y + AXIS.top, width: box.width - AXIS.left - AXIS.right, height: box.height - AXIS.top - AXIS.bottom };
  const points = Math.max(chart.labels.length - 1, 1);
  const xOf = (i: number) => plot.x + (i / points) * plot.width;
  const yOf = (v: number) => plot.y + plot.height - (Math.min(Math.max(v, 0), chart.yMax) / chart.yMax) * plot.height;

  drawGrid(doc, chart, plot, yOf);
  drawXLabels(doc, chart, plot, xOf);
  for (const series of chart.series) drawSeries(doc, series.values, series.color, xOf, yOf);
  drawLegend(doc, chart, box);
}

function drawGrid(doc: Doc, chart: LineChart, plot: Box, yOf: (v: number) => number) {
  doc.fontSize(7).font("Helvetica").fillColor("#475569");
  for (let step = 0; step <= GRID_STEPS; step++) {
    const value = (chart.yMax * step) / GRID_STEPS;
    const y = yOf(value);
    doc.lineWidth(0.4).strokeColor(step === 0 ? "#334155" : "#cbd5e1").moveTo(plot.x, y).lineTo(plot.x + plot.width, y).stroke();
    doc.text(`${value}%`, plot.x - AXIS.left, y - 3, { width: AXIS.left - 4, align: "right", lineBreak: false });
  }
  doc.lineWidth(0.8).strokeColor("#334155").moveTo(plot.x, plot.y).lineTo(plot.x, plot.y + plot.height).stroke();
}

function drawXLabels(doc: Doc, chart: LineChart, plot: Box, xOf: (i: number) => number) {
  const every = Math.max(1, Math.ceil((chart.labels.length * MIN_LABEL_GAP) / plot.width));
  doc.fontSize(7).font("Helvetica").fillColor("#475569");
  chart.labels.forEach((label, i) => {
    if (i % every !== 0 && i !== chart.labels.length - 1) return;
    const x = xOf(i);
    doc.lineWidth(0.4).strokeColor("#334155").moveTo(x, plot.y + plot.height).lineTo(x, plot.y + plot.height + 3).stroke();
    doc.text(winAnsi(label), x - 20, plot.y + plot.height + 6, { width: 40, align: "center", lineBreak: false });
  });
}

function drawSeries(doc: Doc, values: readonly (number | null)[], color: string, xOf: (i: number) => number, yOf: (v: number) => number) {
  doc.lineWidth(1.6).strokeColor(color);
  let drawing = false;
  values.forEach((value, i) => {
    if (value === null) {
      drawing = false;
      return;
    }
    if (drawing) doc.lineTo(xOf(i), yOf(value));
    else doc.moveTo(xOf(i), yOf(value));
    drawing = true;
  });
  doc.stroke();
  doc.fillColor(color);
  values.forEach((value, i) => {
    if (value !== null) doc.circle(xOf(i), yOf(value), 1.6).fill();
  });
}

function drawLegend(doc: Doc, chart: LineChart, box: Box) {
  let x = box.x + AXIS.left;
  const y = box.y + 26;
  doc.fontSize(8).font("Helvetica");
  for (const series of chart.series) {
    doc.lineWidth(2).strokeColor(series.color).moveTo(x, y + 4).lineTo(x + 18, y + 4).stroke();
    doc.fillColor("black").text(winAnsi(series.name), x + 22, y, { lineBreak: false });
    x += 22 + doc.widthOfString(winAnsi(series.name)) + 24;
  }
}
