import { describe, expect, it } from "vitest";
import type { LineChart } from "../document";
import { CHART_AXIS, CHART_TEXT, layoutLineChart } from "./layout";

const BOX = { x: 10, y: 20, width: 456, height: 286 };
const width = (text: string, size: number) => text.length * size;

function chart(labels: string[], ...series: (number | null)[][]): LineChart {
  return {
    title: "KURVA S",
    sheet: "Kurva S",
    labels,
    yMax: 100,
    series: series.map((values, i) => ({ name: `Seri ${i + 1}`, color: `#00000${i}`, values })),
  };
}

describe("layoutLineChart", () => {
  it("puts the plot inside the box, leaving the axis margins", () => {
    const { plot } = layoutLineChart(chart(["0", "M1"]), BOX, width);
    expect(plot).toEqual({
      x: BOX.x + CHART_AXIS.left,
      y: BOX.y + CHART_AXIS.top,
      width: BOX.width - CHART_AXIS.left - CHART_AXIS.right,
      height: BOX.height - CHART_AXIS.top - CHART_AXIS.bottom,
    });
  });

  it("grids the y axis 0-100% in ten even steps, bottom to top", () => {
    const { plot, yTicks } = layoutLineChart(chart(["0", "M1"]), BOX, width);
    expect(yTicks.map((t) => t.label)).toEqual(["0%", "10%", "20%", "30%", "40%", "50%", "60%", "70%", "80%", "90%", "100%"]);
    expect(yTicks[0]!.y).toBe(plot.y + plot.height);
    expect(yTicks[10]!.y).toBe(plot.y);
    expect(yTicks[5]!.y).toBeCloseTo(plot.y + plot.height / 2);
  });

  it("scales values to the plot: index across, percent up, clamped to 0..yMax", () => {
    const { plot, series } = layoutLineChart(chart(["0", "M1", "M2", "M3", "M4"], [0, 25, 50, 120, -5]), BOX, width);
    const [run] = series[0]!.runs;
    expect(run!.map((p) => p.x)).toEqual([0, 1, 2, 3, 4].map((i) => plot.x + (i / 4) * plot.width));
    const bottom = plot.y + plot.height;
    expect(run!.map((p) => p.y)).toEqual([bottom, bottom - plot.height / 4, bottom - plot.height / 2, plot.y, bottom]);
  });

  it("breaks a series where a value is missing instead of dropping it to zero", () => {
    const { series } = layoutLineChart(chart(["0", "M1", "M2", "M3", "M4"], [0, 10, null, 30, null]), BOX, width);
    expect(series[0]!.runs.map((run) => run.length)).toEqual([2, 1]);
    expect(series[0]!.runs[1]![0]!.x).toBeGreaterThan(series[0]!.runs[0]![1]!.x);
  });

  it("labels every point while they fit, else every n-th and always the last", () => {
    const few = layoutLineChart(chart(["0", "M1", "M2"]), BOX, width);
    expect(few.xTicks.map((t) => t.label)).toEqual(["0", "M1", "M2"]);
    const labels = Array.from({ length: 53 }, (_, i) => (i === 0 ? "0" : `M${i}`));
    const many = layoutLineChart(chart(labels), BOX, width);
    expect(many.xTicks.length).toBeLessThan(labels.length);
    expect(many.xTicks[0]!.label).toBe("0");
    expect(many.xTicks.at(-1)!.label).toBe("M52");
    const gaps = many.xTicks.slice(1, -1).map((t, i) => t.x - many.xTicks[i]!.x);
    expect(Math.min(...gaps)).toBeCloseTo(Math.max(...gaps));
  });

  it("lines the legend up, each entry after the previous one's name in the renderer's font", () => {
    const { legend } = layoutLineChart(chart(["0"], [0], [0]), BOX, width);
    expect(legend.map((e) => e.name)).toEqual(["Seri 1", "Seri 2"]);
    const [first, second] = legend;
    expect(first!.x).toBe(BOX.x + CHART_AXIS.left);
    expect(first!.swatchEnd).toBeGreaterThan(first!.x);
    expect(first!.textX).toBeGreaterThan(first!.swatchEnd);
    expect(second!.x).toBeGreaterThan(first!.textX + width("Seri 1", CHART_TEXT.legend));
    expect(second!.y).toBe(first!.y);
  });
});
