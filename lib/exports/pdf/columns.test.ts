import { describe, expect, it } from "vitest";
import type { Column } from "../document";
import { columnGroups, POINTS_PER_CHAR } from "./columns";

const column = (width: number): Column => ({ header: "x", kind: "text", width });
const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

describe("columnGroups", () => {
  it("stretches a narrow table to the page", () => {
    const [group, ...rest] = columnGroups([column(10), column(30)], 400);
    expect(rest).toEqual([]);
    expect(group!.columns).toEqual([0, 1]);
    expect(group!.widths).toEqual([100, 300]);
  });

  it("shrinks a wide table without repeated columns into one group", () => {
    const groups = columnGroups([column(100), column(100)], 500);
    expect(groups).toHaveLength(1);
    expect(sum(groups[0]!.widths)).toBeCloseTo(500);
  });

  it("cuts a wide table into groups that each repeat the leading columns", () => {
    const weeks = Array.from({ length: 30 }, () => column(10));
    const page = (20 + 10 * 10) * POINTS_PER_CHAR;
    const groups = columnGroups([column(5), column(15), ...weeks], page, 2);
    expect(groups.map((g) => g.columns.length)).toEqual([12, 12, 12]);
    for (const g of groups) {
      expect(g.columns.slice(0, 2)).toEqual([0, 1]);
      expect(sum(g.widths)).toBeCloseTo(page);
    }
    expect(groups.flatMap((g) => g.columns.slice(2))).toEqual(weeks.map((_, i) => i + 2));
  });
});
