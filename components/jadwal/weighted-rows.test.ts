// The weighted rows under the Jadwal grid against the Kurva S view and the printed jadwal, over an
// in-memory project built by the real engine: the jadwal and Kurva S views come from the same
// builders the routes use (jadwalViewOf, kurvaSViewOf) fed with the sums a version's snapshot
// gives (the live tables give the same, lib/jadwal/snapshot-sums.ts), and the printed rows from
// the jadwal report itself.
import { describe, expect, it } from "vitest";
import { type Decimal, projectWeeks } from "@/lib/calc";
import type { Cell, Row } from "@/lib/exports/document";
import type { ReportSource } from "@/lib/exports/source";
import { jadwalDocument } from "@/lib/exports/reports/jadwal";
import { jadwalViewOf } from "@/lib/jadwal/jadwal-view";
import { kurvaSViewOf } from "@/lib/jadwal/kurva-s";
import { entriesRowsOf, incompleteOf, weeklySumsOf } from "@/lib/jadwal/snapshot-sums";
import type { JadwalCalendar, JadwalViewKind } from "@/lib/jadwal/types";
import { calcOf, pekerjaanSpec } from "@/lib/versions/test-projects";
import { pekerjaanOf } from "./grid-model";
import { bobotOf, type WeightedRow, weightedRows } from "./weighted-rows";

// D = 300 + 100 + 250 = 650: bobot 46,15 / 15,38 / 38,46, none of them exact, so rounding shows.
const calc = calcOf({
  pricing: { overheadProfitPercent: "0", ppnPercent: "11", roundingBase: 1000, unitPriceRounding: "0.01" },
  harga: { "L.01": "100" },
  klasifikasi: [
    {
      id: "k1",
      name: "Dinding",
      sub: [
        {
          id: "s1",
          name: "Pasangan",
          pekerjaan: [
            pekerjaanSpec("a", "3", [{ kategori: "TK", kode: "L.01", koefisien: "1" }]),
            pekerjaanSpec("b", "1", [{ kategori: "TK", kode: "L.01", koefisien: "1" }]),
            pekerjaanSpec("c", "2.5", [{ kategori: "TK", kode: "L.01", koefisien: "1" }]),
          ],
        },
      ],
    },
  ],
});
// Monday 5 January 2026, 35 days: weeks M1–M5, months January and February (M5 is 2–8 February).
const calendar: JadwalCalendar = { startDate: "2026-01-05", durationDays: 35, weekEndDay: 0 };
const weekCount = projectWeeks(calendar).length;

const entry = (
  pekerjaan: string,
  week: number,
  planned: string | null,
  actual: string | null = null,
  actualCost: string | null = null,
) => ({
  pekerjaan,
  week,
  planned,
  actual,
  actualCost,
  note: null,
});
const entries = [
  entry("a", 1, "33.33", "30.00", "1000.00"),
  entry("a", 2, "33.33", "10.00", "250000.50"),
  entry("a", 3, "33.34"),
  entry("b", 2, "50.00", "20.00"),
  entry("b", 3, "50.00", null, "99.99"),
  // A cost in a week after the last actual %: shown, but not in the Kurva S's AC.
  entry("c", 4, "100.00", null, "75.25"),
];

async function views(view: JadwalViewKind) {
  const pekerjaan = [...calc.project.pekerjaan.values()].map((p) => ({ id: p.id, hasVolume: true }));
  const jadwal = jadwalViewOf(calc.project, calendar, view, entriesRowsOf(entries, weekCount));
  const kurvaS = await kurvaSViewOf(calc, calendar, view, async (weights, count) => ({
    sums: weeklySumsOf(entries, weights, count),
    incompletePekerjaan: incompleteOf(pekerjaan, entries),
  }));
  return { jadwal, kurvaS };
}

const rowOf = (rows: readonly WeightedRow[], key: string) => rows.find((r) => r.key === key)!;
const text = (cell: Cell) => (cell === null ? null : (cell as Decimal).toFixed(2));

describe("weighted rows", () => {
  it("are the printed jadwal's rows, figure for figure, and its bobot column", async () => {
    const { jadwal, kurvaS } = await views("week");
    const source = {
      jadwal: async () => jadwal,
      kurvaS: async () => kurvaS,
      calc: async () => calc,
      info: async () => ({ header: {}, signatures: [] }),
    } as unknown as ReportSource;
    const printed = (await jadwalDocument(source, new Date("2026-02-01T00:00:00Z"))).tables[0]!.rows;
    const printedRow = (key: string): Row => printed.find((r) => r.key === key)!;
    // Leading columns: No, Uraian, Bobot, Ket.; then the weeks, then the total.
    const weeksOf = (row: Row) => row.cells.slice(4, 4 + weekCount).map(text);
    const totalOf = (row: Row) => text(row.cells[4 + weekCount]!);

    const rows = weightedRows(jadwal, kurvaS, "actualCost");
    for (const [mine, theirs] of [
      ["plan", "kurva:plan"],
      ["plan-cum", "kurva:plan-cum"],
      ["real", "kurva:real"],
      ["real-cum", "kurva:real-cum"],
    ]) {
      expect(rowOf(rows, mine!).values, mine).toEqual(weeksOf(printedRow(theirs!)));
      expect(rowOf(rows, mine!).total, mine).toEqual(totalOf(printedRow(theirs!)));
    }
    const bobot = bobotOf(kurvaS);
    for (const p of pekerjaanOf(jadwal)) expect(bobot.get(p.id)).toBe(text(printedRow(`plan:${p.id}`).cells[2]!));
    expect([...bobot.values()]).toEqual(["46.15", "15.38", "38.46"]);
  });

  it("are the Kurva S's points, computed from bobot × %, and stop the actuals where the curve stops", async () => {
    const { jadwal, kurvaS } = await views("week");
    const rows = weightedRows(jadwal, kurvaS, "actual");
    const points = kurvaS.weeks!.slice(1);
    expect(rowOf(rows, "plan").values).toEqual(points.map((p) => p.planned));
    expect(rowOf(rows, "real-cum").values).toEqual(points.map((p) => p.actualCumulative));
    // Week 4: c alone, 100% × 250 / 650 = 38,4615…; the plan ends at 100.
    expect(rowOf(rows, "plan").values[3]).toBe("38.46");
    expect(rowOf(rows, "plan-cum").values.at(-1)).toBe("100.00");
    // Week 2: (300 × 10 + 100 × 20) / 650 = 7,69; cumulative with week 1's 13,85 (300 × 30 / 650).
    expect(rowOf(rows, "real").values).toEqual(["13.85", "7.69", null, null, null]);
    expect(rowOf(rows, "real-cum").values.slice(0, 2)).toEqual(["13.85", "21.54"]);
    expect(rows.map((r) => r.key)).toEqual(["plan", "plan-cum", "real", "real-cum"]);
    expect(weightedRows(jadwal, kurvaS, "planned").map((r) => r.key)).toEqual(["plan", "plan-cum"]);
  });

  it("sum the actual costs shown above them, and agree with the Kurva S's AC at its week", async () => {
    const { jadwal, kurvaS } = await views("week");
    const rows = weightedRows(jadwal, kurvaS, "actualCost");
    expect(rowOf(rows, "cost")).toMatchObject({
      kind: "money",
      values: ["1000.00", "250000.50", "99.99", "75.25", null],
      total: "251175.74",
    });
    expect(rowOf(rows, "cost-cum").values).toEqual(["1000.00", "251000.50", "251100.49", "251175.74", null]);
    expect(kurvaS.summary).toMatchObject({ asOfWeek: 2, AC: "251000.50" });
    expect(rowOf(rows, "cost-cum").values[kurvaS.summary.asOfWeek - 1]).toBe(kurvaS.summary.AC);
  });

  it("follow the month view: the Kurva S's months, and the months' costs re-added", async () => {
    const { jadwal, kurvaS } = await views("month");
    const rows = weightedRows(jadwal, kurvaS, "actualCost");
    expect(rowOf(rows, "plan-cum").values).toEqual(kurvaS.months!.slice(1).map((p) => p.plannedCumulative));
    expect(rowOf(rows, "plan-cum").values).toHaveLength(2);
    //
    // Week 4 (26 January – 1 February) splits by days: c's 75,25 is 64,50 in January and 10,75 in February.
    expect(rowOf(rows, "cost").values).toEqual(["251164.99", "10.75"]);
    expect(rowOf(rows, "cost-cum").values).toEqual(["251164.99", "251175.74"]);
  });
});
