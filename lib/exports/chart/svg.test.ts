import { describe, expect, it } from "vitest";
import type { LineChart } from "../document";
import { lineChartSvg } from "./svg";

const SIZE = { width: 520, height: 300 };

const KURVA: LineChart = {
  title: "KURVA S: RENCANA DAN REALISASI KUMULATIF",
  sheet: "Kurva S",
  labels: ["0", "M1", "M2", "M3", "M4"],
  yMax: 100,
  series: [
    { name: "Rencana kumulatif", color: "#2563eb", values: [0, 25, 50, 75, 100] },
    { name: "Realisasi kumulatif", color: "#dc2626", values: [0, 20, 45, null, null] },
  ],
};

const number = (text: string) => Number(text);

/** The polylines of each series' group, as lists of points. */
function polylines(svg: string): Map<string, { x: number; y: number }[][]> {
  const groups = new Map<string, { x: number; y: number }[][]>();
  for (const [, name, body] of svg.matchAll(/<g data-series="([^"]*)">([\s\S]*?)<\/g>/g)) {
    const lines = [...body!.matchAll(/<polyline points="([^"]*)"/g)].map(([, points]) =>
      points!.split(" ").map((pair) => {
        const [x, y] = pair.split(",").map(number);
        return { x: x!, y: y! };
      }),
    );
    groups.set(name!, lines);
  }
  return groups;
}

/** Each horizontal grid line's height, by the label written beside it. */
function gridLines(svg: string): Map<string, number> {
  const lines = new Map<string, number>();
  for (const [, y, label] of svg.matchAll(/<line x1="[^"]*" y1="([^"]*)"[^>]*\/>\n<text[^>]*text-anchor="end"[^>]*>([^<]*)<\/text>/g))
    lines.set(label!, number(y!));
  return lines;
}

describe("lineChartSvg", () => {
  const svg = lineChartSvg(KURVA, SIZE);

  it("is an SVG document of the asked size with a white background and sans-serif text", () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="520" height="300" viewBox="0 0 520 300">/);
    expect(svg).toContain(`<rect width="520" height="300" fill="white"/>`);
    expect(svg).toContain(`font-family="sans-serif"`);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
  });

  it("draws one polyline per series in its colour", () => {
    const lines = polylines(svg);
    expect([...lines.keys()]).toEqual(["Rencana kumulatif", "Realisasi kumulatif"]);
    expect(lines.get("Rencana kumulatif")).toHaveLength(1);
    expect(lines.get("Realisasi kumulatif")).toHaveLength(1);
    expect(svg).toMatch(/<polyline points="[^"]*" fill="none" stroke="#2563eb"/);
    expect(svg).toMatch(/<polyline points="[^"]*" fill="none" stroke="#dc2626"/);
  });

  it("scales the points to the data: evenly across, on the grid line of their percent", () => {
    const grid = gridLines(svg);
    expect([...grid.keys()]).toEqual(["0%", "10%", "20%", "30%", "40%", "50%", "60%", "70%", "80%", "90%", "100%"]);
    const [plan] = polylines(svg).get("Rencana kumulatif")!;
    expect(plan!.map((p) => p.y)).toEqual([
      grid.get("0%"),
      expect.closeTo((grid.get("20%")! + grid.get("30%")!) / 2, 1),
      grid.get("50%"),
      expect.closeTo((grid.get("70%")! + grid.get("80%")!) / 2, 1),
      grid.get("100%"),
    ]);
    const steps = plan!.slice(1).map((p, i) => p.x - plan![i]!.x);
    for (const step of steps) expect(step).toBeCloseTo(steps[0]!, 1);
    const [actual] = polylines(svg).get("Realisasi kumulatif")!;
    expect(actual!.map((p) => p.x)).toEqual(plan!.slice(0, 3).map((p) => p.x));
    expect(actual![1]!.y).toBeGreaterThan(plan![1]!.y);
  });

  it("breaks a series at a missing value into separate polylines", () => {
    const gap = lineChartSvg({ ...KURVA, series: [{ ...KURVA.series[0]!, values: [0, 25, null, 75, 100] }] }, SIZE);
    expect(
      polylines(gap)
        .get("Rencana kumulatif")!
        .map((line) => line.length),
    ).toEqual([2, 2]);
  });

  it("writes the title, the x labels and the legend", () => {
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, t]) => t);
    expect(texts).toContain(KURVA.title);
    expect(texts).toEqual(expect.arrayContaining(["0", "M1", "M2", "M3", "M4", "Rencana kumulatif", "Realisasi kumulatif"]));
  });

  it("escapes markup in text", () => {
    const marked = lineChartSvg({ ...KURVA, title: `<b>"A&B"</b>`, series: [{ ...KURVA.series[0]!, name: "x<y" }] }, SIZE);
    expect(marked).not.toContain("<b>");
    expect(marked).toContain("&#60;b&#62;&#34;A&#38;B&#34;&#60;/b&#62;");
    expect(marked).toContain(`data-series="x&#60;y"`);
  });
});
