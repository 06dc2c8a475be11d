/**
 * The geometry of a line chart (the Kurva S), shared by its two renderers: PDF vector paths
 * (lib/exports/pdf/chart.ts) and the SVG that becomes the XLSX's picture (./svg.ts). Both
 * draw what this places, so the two charts can not drift apart: the plot inside its box, a
 * grid of ten steps up to yMax, x labels thinned to fit, each series as runs of points
 * (broken where a value is null), and the legend.
 *
 * The page's Kurva S (components/jadwal/kurva-s-chart.tsx) is a recharts chart, not a third
 * renderer of this layout: it is responsive and interactive (tooltips, deviation bars), which a
 * fixed page figure is not. Both plot the same lib/jadwal/kurva-s points.
 */
import type { LineChart } from "../document";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Font sizes, in the units of the box. */
export const CHART_TEXT = { title: 12, label: 7, legend: 8 };

/** Colours and strokes (in the units of the box), the same in both renderers. */
export const CHART_STYLE = {
  axis: "#334155",
  grid: "#cbd5e1",
  label: "#475569",
  gridWidth: 0.4,
  axisWidth: 0.8,
  seriesWidth: 1.6,
  markerRadius: 1.6,
  legendWidth: 2,
  /** The x axis' tick marks, and where its labels start below the axis. */
  tick: 3,
  xLabelTop: 6,
};

/** Room around the plot: value labels left, x labels below, title and legend above. */
export const CHART_AXIS = { left: 40, bottom: 36, top: 50, right: 16 };
const GRID_STEPS = 10;
const MIN_LABEL_GAP = 26;
const LEGEND = { top: 26, swatch: 18, gap: 4, spacing: 24 };

export interface ChartLayout {
  plot: Box;
  /** Grid lines bottom to top; the first is the x axis. */
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
  series: { name: string; color: string; runs: Point[][] }[];
  /** Each entry: a line of its colour from x to swatchEnd at height y (the name's middle), then its name from textX. */
  legend: { name: string; color: string; x: number; swatchEnd: number; y: number; textX: number }[];
}

/** The legend needs the width of its names in the renderer's font. */
export type TextWidth = (text: string, size: number) => number;

export function layoutLineChart(chart: LineChart, box: Box, textWidth: TextWidth): ChartLayout {
  const plot = {
    x: box.x + CHART_AXIS.left,
    y: box.y + CHART_AXIS.top,
    width: box.width - CHART_AXIS.left - CHART_AXIS.right,
    height: box.height - CHART_AXIS.top - CHART_AXIS.bottom,
  };
  const intervals = Math.max(chart.labels.length - 1, 1);
  const xOf = (i: number) => plot.x + (i / intervals) * plot.width;
  const yOf = (v: number) => plot.y + plot.height - (Math.min(Math.max(v, 0), chart.yMax) / chart.yMax) * plot.height;
  return {
    plot,
    yTicks: Array.from({ length: GRID_STEPS + 1 }, (_, step) => {
      const value = (chart.yMax * step) / GRID_STEPS;
      return { y: yOf(value), label: `${value}%` };
    }),
    xTicks: thinnedLabels(chart.labels, plot.width).map((i) => ({ x: xOf(i), label: chart.labels[i]! })),
    series: chart.series.map((s) => ({ name: s.name, color: s.color, runs: runs(s.values, xOf, yOf) })),
    legend: legend(chart, box, textWidth),
  };
}

/** Indexes of the labels drawn: every n-th so that they keep apart, and always the last. */
function thinnedLabels(labels: readonly string[], width: number): number[] {
  const every = Math.max(1, Math.ceil((labels.length * MIN_LABEL_GAP) / width));
  return labels.flatMap((_, i) => (i % every === 0 || i === labels.length - 1 ? [i] : []));
}

/** The points of a series, split where a value is missing (a gap, not a drop to zero). */
function runs(values: readonly (number | null)[], xOf: (i: number) => number, yOf: (v: number) => number): Point[][] {
  const result: Point[][] = [];
  let current: Point[] | null = null;
  values.forEach((value, i) => {
    if (value === null) {
      current = null;
      return;
    }
    if (!current) {
      current = [];
      result.push(current);
    }
    current.push({ x: xOf(i), y: yOf(value) });
  });
  return result;
}

function legend(chart: LineChart, box: Box, textWidth: TextWidth): ChartLayout["legend"] {
  let x = box.x + CHART_AXIS.left;
  const y = box.y + LEGEND.top + CHART_TEXT.legend / 2;
  return chart.series.map((s) => {
    const swatchEnd = x + LEGEND.swatch;
    const entry = { name: s.name, color: s.color, x, swatchEnd, y, textX: swatchEnd + LEGEND.gap };
    x = entry.textX + textWidth(s.name, CHART_TEXT.legend) + LEGEND.spacing;
    return entry;
  });
}
