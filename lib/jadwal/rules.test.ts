import { describe, expect, it } from "vitest";
import { Decimal } from "@/lib/calc";
import { applyBatch, type BatchEntry, checkBatch, isComplete, isEmptyEntry, type PekerjaanEntries, type StoredEntry } from "./rules";

const d = (v: string | number) => new Decimal(v);
const stored = (week: number, fields: Partial<StoredEntry> = {}): StoredEntry => ({
  week,
  planned: null,
  actual: null,
  actualCost: null,
  note: null,
  ...fields,
});

function byPekerjaan(): Map<string, PekerjaanEntries> {
  return new Map([
    [
      "galian",
      { id: "galian", label: "1.1 Galian", hasVolume: true, entries: new Map([[1, stored(1, { planned: d(60), actual: d(40) })]]) },
    ],
    ["urug", { id: "urug", label: "1.2 Urugan", hasVolume: true, entries: new Map() }],
    ["kosong", { id: "kosong", label: "1.3 Tanpa volume", hasVolume: false, entries: new Map() }],
  ]);
}

const reasons = (batch: BatchEntry[], weekCount = 4) =>
  checkBatch(batch, byPekerjaan(), weekCount).map((v) => [v.index, v.field, v.reason]);

describe("checkBatch", () => {
  it("allows a total of exactly 100, counting the stored weeks", () => {
    expect(reasons([{ pekerjaanId: "galian", week: 2, planned: d(40) }])).toEqual([]);
  });

  it("refuses a total above 100 at every entry that sets the field, naming the total", () => {
    const batch = [
      { pekerjaanId: "galian", week: 2, planned: d(30) },
      { pekerjaanId: "galian", week: 3, planned: d("10.01") },
    ];
    const violations = checkBatch(batch, byPekerjaan(), 4);
    expect(violations.map((v) => [v.index, v.field, v.reason])).toEqual([
      [0, "planned", "PLANNED_OVER_100"],
      [1, "planned", "PLANNED_OVER_100"],
    ]);
    expect(violations[0]!.message).toBe("1.1 Galian: total rencana menjadi 100,01% (maksimal 100%).");
  });

  it("counts a replaced or cleared week once, with its new value", () => {
    expect(reasons([{ pekerjaanId: "galian", week: 1, planned: d(100) }])).toEqual([]);
    expect(
      reasons([
        { pekerjaanId: "galian", week: 1, actual: null },
        { pekerjaanId: "galian", week: 2, actual: d(100) },
      ]),
    ).toEqual([]);
    expect(reasons([{ pekerjaanId: "galian", week: 2, actual: d("60.01") }])).toEqual([[0, "actual", "ACTUAL_OVER_100"]]);
  });

  it("refuses progress and cost on a pekerjaan without volume, but not zeros, clearing or a note", () => {
    expect(reasons([{ pekerjaanId: "kosong", week: 1, planned: d(5), actual: d(1), actualCost: d(100) }])).toEqual([
      [0, "planned", "ZERO_VOLUME"],
      [0, "actual", "ZERO_VOLUME"],
      [0, "actualCost", "ZERO_VOLUME"],
    ]);
    expect(reasons([{ pekerjaanId: "kosong", week: 1, planned: d(0), actual: null, note: "Ditunda" }])).toEqual([]);
  });

  it("refuses weeks past the project and a week named twice", () => {
    expect(
      reasons([
        { pekerjaanId: "urug", week: 5, planned: d(1) },
        { pekerjaanId: "urug", week: 2, planned: d(1) },
        { pekerjaanId: "urug", week: 2, actual: d(1) },
      ]),
    ).toEqual([
      [0, "week", "WEEK_OUT_OF_RANGE"],
      [2, "week", "DUPLICATE_ENTRY"],
    ]);
  });
});

describe("applyBatch", () => {
  it("keeps fields left out, clears null ones, and returns every stored week of the pekerjaan", () => {
    const finals = applyBatch(
      [
        { pekerjaanId: "galian", week: 1, planned: null },
        { pekerjaanId: "galian", week: 3, note: "Hujan" },
      ],
      byPekerjaan(),
    );
    expect(finals.map((e) => [e.week, e.planned, e.actual?.toString() ?? null, e.note])).toEqual([
      [1, null, "40", null],
      [3, null, null, "Hujan"],
    ]);
  });

  it("marks entries left with nothing as empty, for deletion", () => {
    const [week1] = applyBatch([{ pekerjaanId: "galian", week: 1, planned: null, actual: null }], byPekerjaan());
    expect(isEmptyEntry(week1!)).toBe(true);
  });
});

describe("isComplete", () => {
  it("wants 100% planned within 0,01 from a pekerjaan with volume, nothing from one without", () => {
    expect(["99.98", "99.99", "100", "100.01", "100.02"].map((v) => isComplete(true, d(v)))).toEqual([false, true, true, true, false]);
    expect(isComplete(false, d(0))).toBe(true);
  });
});
