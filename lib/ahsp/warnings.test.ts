import { describe, expect, it } from "vitest";
import { HEADER, item, line, parseOk, row, toCsv } from "./test-support";
import type { AhspImportWarning } from "./types";
import { collectItemWarnings } from "./warnings";

const types = (warnings: AhspImportWarning[]) => warnings.map((w) => `${w.type}:${w.kode}`);

describe("collectItemWarnings", () => {
  it("KOEFISIEN_ZERO for each zero line", () => {
    const warnings = collectItemWarnings([item("1", [line(1, "TK", "TK-5", "0.5"), line(2, "BHN", "B-1", "0")])], [[2, 3]]);
    expect(warnings).toEqual([{ type: "KOEFISIEN_ZERO", kode: "1", row: 3, message: "Koefisien B-1 (B-1) bernilai 0." }]);
  });

  it("LABOUR_KOEFISIEN_HIGH for labour at 100 OH per unit or more, not for materials", () => {
    const warnings = collectItemWarnings([
      item("9.1.1.8", [line(1, "TK", "TK-45", "272", "Tukang Pipa"), line(2, "TK", "TK-5", "99.99"), line(3, "BHN", "B-1", "17415")]),
    ]);
    expect(warnings).toEqual([
      {
        type: "LABOUR_KOEFISIEN_HIGH",
        kode: "9.1.1.8",
        message: "Koefisien tenaga kerja Tukang Pipa = 272 OH per satuan; kemungkinan pemisah desimal hilang.",
      },
    ]);
  });

  it("NO_TK_LINE for an item without labour", () => {
    expect(types(collectItemWarnings([item("1", [line(1, "BHN", "B-1", "1")])]))).toEqual(["NO_TK_LINE:1"]);
  });

  it("EMPTY_UNIT for an item without satuan", () => {
    expect(types(collectItemWarnings([item("1", [line(1, "TK", "TK-5", "1")], { satuan: "" })]))).toEqual(["EMPTY_UNIT:1"]);
  });

  it("REPEATED_RESOURCE for a repeated kodeItem or the same resource under two codes", () => {
    const warnings = collectItemWarnings([
      item("2.2.1.1.3", [
        line(1, "TK", "TK-0021", "0.0016", "Tukang besi/besi beton"),
        line(2, "TK", "TK-0022", "0.0016", "Tukang  Besi / Besi Beton"),
        line(3, "BHN", "B-1", "1"),
        line(4, "BHN", "B-1", "2"),
      ]),
    ]);
    expect(warnings.map((w) => [w.type, w.message])).toEqual([
      [
        "REPEATED_RESOURCE",
        'Sumber daya "Tukang  Besi / Besi Beton" (TK-0022) muncul lebih dari sekali dalam item 2.2.1.1.3 (sudah ada sebagai TK-0021).',
      ],
      ["REPEATED_RESOURCE", 'Sumber daya "B-1" (B-1) muncul lebih dari sekali dalam item 2.2.1.1.3.'],
    ]);
  });

  describe("IDENTICAL_TO_NEIGHBOUR", () => {
    const labour = [line(1, "TK", "TK-1", "0.00004"), line(2, "TK", "TK-5", "0.0008")];

    it("flags both items when one carries its neighbour's koefisien on different resources", () => {
      // The shape of 2.2.1.1.1 / 2.2.1.1.2 in the national list.
      const a = item("2.2.1.1.1", [...labour, line(3, "BHN", "B-0139", "1.02"), line(4, "BHN", "B-0140", "1.02")]);
      const b = item("2.2.1.1.2", [...labour, line(3, "BHN", "B-0141", "1.02"), line(4, "BHN", "B-0137", "1.02")]);
      const warnings = collectItemWarnings(
        [a, b],
        [
          [2, 3, 4, 5],
          [6, 7, 8, 9],
        ],
      );
      expect(warnings.map((w) => [w.type, w.kode, w.relatedKode, w.row])).toEqual([
        ["IDENTICAL_TO_NEIGHBOUR", "2.2.1.1.1", "2.2.1.1.2", 2],
        ["IDENTICAL_TO_NEIGHBOUR", "2.2.1.1.2", "2.2.1.1.1", 6],
      ]);
    });

    it("flags a fully duplicated analysis", () => {
      const warnings = collectItemWarnings([item("1", labour), item("2", labour)]);
      expect(types(warnings)).toEqual(["IDENTICAL_TO_NEIGHBOUR:1", "IDENTICAL_TO_NEIGHBOUR:2"]);
      expect(warnings[0]?.message).toMatch(/identik/);
    });

    it("leaves alone size variants that swap exactly one product", () => {
      const a = item("9.1.1.17", [...labour, line(3, "BHN", "PVC-15", "1")]);
      const b = item("9.1.1.18", [...labour, line(3, "BHN", "PVC-20", "1")]);
      expect(collectItemWarnings([a, b])).toEqual([]);
    });

    it("compares koefisien by value and only with adjacent items", () => {
      const same = [line(1, "TK", "TK-1", "0.5")];
      const other = [line(1, "TK", "TK-1", "0.6")];
      expect(collectItemWarnings([item("1", same), item("2", [line(1, "TK", "TK-1", "0.50")])])).toHaveLength(2);
      expect(collectItemWarnings([item("1", same), item("2", other), item("3", same)])).toEqual([]);
    });
  });
});

describe("warnings from a parsed file", () => {
  it("carry the source row numbers", async () => {
    const csv = toCsv([
      [...HEADER],
      row("1", "TK", "TK-5", "Pekerja", "0"),
      row("1", "TK", "TK-10", "Tukang", "17415"),
      row("2", "BHN", "B-1", "Pasir", "1", { satuan: "" }),
    ]);
    const { report } = await parseOk(csv);
    expect(report.warnings.map((w) => [w.type, w.kode, w.row])).toEqual([
      ["KOEFISIEN_ZERO", "1", 2],
      ["LABOUR_KOEFISIEN_HIGH", "1", 3],
      ["EMPTY_UNIT", "2", 4],
      ["NO_TK_LINE", "2", 4],
    ]);
    expect(report.warningsByType).toEqual({ KOEFISIEN_ZERO: 1, LABOUR_KOEFISIEN_HIGH: 1, EMPTY_UNIT: 1, NO_TK_LINE: 1 });
  });
});
