/**
 * A line chart (the Kurva S) as an SVG document, drawn from the shared chart layout (the PDF
 * draws the same layout as vector paths). The XLSX turns it into a PNG picture, because
 * exceljs can not write native charts. Text asks for the generic sans-serif family: the
 * server's fontconfig picks the font (the Docker image installs DejaVu for it).
 */
import type { LineChart } from "../document";
import { escapeXml } from "../xml";
import { type Box, CHART_STYLE, CHART_TEXT, type ChartLayout, layoutLineChart, type Point } from "./layout";

/** A rough advance of a sans-serif character in em: the legend only needs to keep its entries apart. */
const CHAR_WIDTH = 0.6;
/** From the middle of a line of text to its baseline, in em. */
const BASELINE = 0.35;

const n = (value: number) => String(Math.round(value * 100) / 100);

function text(content: string, x: number, middle: number, size: number, attributes = ""): string {
  return `<text x="${n(x)}" y="${n(middle + size * BASELINE)}" font-size="${size}"${attributes}>${escapeXml(content)}</text>`;
}

function line(from: Point, to: Point, color: string, width: number): string {
  return `<line x1="${n(from.x)}" y1="${n(from.y)}" x2="${n(to.x)}" y2="${n(to.y)}" stroke="${color}" stroke-width="${width}"/>`;
}

/** White space around the chart, so that the picture's edge cuts no text. */
const PADDING = 8;

export function lineChartSvg(chart: LineChart, size: { width: number; height: number }): string {
  const box: Box = { x: PADDING, y: PADDING, width: size.width - 2 * PADDING, height: size.height - 2 * PADDING };
  const layout = layoutLineChart(chart, box, (content, fontSize) => content.length * fontSize * CHAR_WIDTH);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">`,
    `<rect width="${size.width}" height="${size.height}" fill="white"/>`,
    `<g font-family="sans-serif">`,
    text(chart.title, box.x + box.width / 2, box.y + CHART_TEXT.title / 2, CHART_TEXT.title, ` text-anchor="middle" font-weight="bold"`),
    ...grid(layout),
    ...xLabels(layout),
    ...layout.series.map(series),
    ...legend(layout),
    `</g>`,
    `</svg>`,
  ].join("\n");
}

function grid({ plot, yTicks }: ChartLayout): string[] {
  const right = plot.x + plot.width;
  return [
    ...yTicks.flatMap(({ y, label }, i) => [
      line({ x: plot.x, y }, { x: right, y }, i === 0 ? CHART_STYLE.axis : CHART_STYLE.grid, CHART_STYLE.gridWidth),
      text(label, plot.x - 4, y, CHART_TEXT.label, ` text-anchor="end" fill="${CHART_STYLE.label}"`),
    ]),
    line({ x: plot.x, y: plot.y }, { x: plot.x, y: plot.y + plot.height }, CHART_STYLE.axis, CHART_STYLE.axisWidth),
  ];
}

function xLabels({ plot, xTicks }: ChartLayout): string[] {
  const axis = plot.y + plot.height;
  const middle = axis + CHART_STYLE.xLabelTop + CHART_TEXT.label / 2;
  return xTicks.flatMap(({ x, label }) => [
    line({ x, y: axis }, { x, y: axis + CHART_STYLE.tick }, CHART_STYLE.axis, CHART_STYLE.gridWidth),
    text(label, x, middle, CHART_TEXT.label, ` text-anchor="middle" fill="${CHART_STYLE.label}"`),
  ]);
}

/** One polyline per unbroken run of values, and a dot on every value. */
function series({ name, color, runs }: ChartLayout["series"][number]): string {
  const polylines = runs.map(
    (run) =>
      `<polyline points="${run.map((p) => `${n(p.x)},${n(p.y)}`).join(" ")}" fill="none" stroke="${color}" stroke-width="${CHART_STYLE.seriesWidth}" stroke-linejoin="round"/>`,
  );
  const dots = runs.flat().map((p) => `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${CHART_STYLE.markerRadius}" fill="${color}"/>`);
  return [`<g data-series="${escapeXml(name)}">`, ...polylines, ...dots, `</g>`].join("\n");
}

function legend({ legend: entries }: ChartLayout): string[] {
  return entries.flatMap((entry) => [
    line({ x: entry.x, y: entry.y }, { x: entry.swatchEnd, y: entry.y }, entry.color, CHART_STYLE.legendWidth),
    text(entry.name, entry.textX, entry.y, CHART_TEXT.legend),
  ]);
}
