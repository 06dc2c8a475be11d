import { describe, expect, it } from "vitest";
import { capitalize, sumOf } from "./rows";

const rowOf: Record<string, number> = { a: 10, b: 11, c: 12, d: 20, e: 30, f: 31 };
const ref = (key: string, column: number) => `${String.fromCharCode(65 + column)}${rowOf[key]}`;
const otherSheet = (key: string, column: number) => `'RAB'!${ref(key, column)}`;

describe("sumOf", () => {
  it("collapses adjacent rows into ranges", () => {
    expect(sumOf(["a", "b", "c", "d", "e", "f"], 6)(ref)).toBe("SUM(G10:G12,G20,G30:G31)");
  });

  it("names the sheet once per range", () => {
    expect(sumOf(["a", "b", "d"], 6)(otherSheet)).toBe("SUM('RAB'!G10:G11,'RAB'!G20)");
  });

  it("answers 0 for no rows", () => {
    expect(sumOf([], 6)(ref)).toBe("0");
  });

  it("nests long lists under Excel's 255-argument limit", () => {
    const keys = Array.from({ length: 600 }, (_, i) => `k${i}`);
    const spread = (key: string) => `G${Number(key.slice(1)) * 2 + 1}`;
    const formula = sumOf(keys, 6)(spread);
    expect(formula.startsWith("SUM(SUM(G1,G3,")).toBe(true);
    expect(formula.match(/SUM\(/g)).toHaveLength(4);
    expect(formula.split(",")).toHaveLength(600);
  });
});

describe("capitalize", () => {
  it("upper-cases the first letter only", () => {
    expect(capitalize("tujuh juta rupiah")).toBe("Tujuh juta rupiah");
    expect(capitalize("")).toBe("");
  });
});
