import { describe, expect, it } from "vitest";
import type { AhspImportReport, AhspImportWarning } from "@/lib/ahsp/types";
import { EXAMPLES_PER_WARNING, REJECTED_ROWS_SHOWN, summarizeReport } from "./report-summary";

function report(warnings: AhspImportWarning[], rejectedRows = 0): AhspImportReport {
  return {
    counts: {
      rows: 10,
      items: 3,
      lines: 9,
      perKategori: { TK: 5, BHN: 3, ALT: 1, LAIN: 0 },
      rejectedRows,
      skippedItems: rejectedRows ? 1 : 0,
    },
    rejected: Array.from({ length: rejectedRows }, (_, i) => ({ row: i + 2, reason: "koefisien kosong", kode: "1.1" })),
    skippedKodes: rejectedRows ? ["1.1"] : [],
    warnings,
    warningsByType: {},
    decimalStyle: "dot",
  };
}

const warning = (type: AhspImportWarning["type"], kode: string, row?: number): AhspImportWarning => ({
  type,
  kode,
  message: `${type} ${kode}`,
  ...(row !== undefined && { row }),
});

describe("summarizeReport", () => {
  it("groups warnings by type, likely errors first, with counts, distinct items and a few examples", () => {
    const zeros = Array.from({ length: 8 }, (_, i) => warning("KOEFISIEN_ZERO", `2.${i % 3}`, i + 2));
    const summary = summarizeReport(report([...zeros, warning("LABOUR_KOEFISIEN_HIGH", "9.1.1.8", 40)]));
    expect(summary.warnings.map((g) => g.type)).toEqual(["LABOUR_KOEFISIEN_HIGH", "KOEFISIEN_ZERO"]);
    expect(summary.warnings[1]).toMatchObject({ count: 8, items: 3, label: "Koefisien bernilai 0" });
    expect(summary.warnings[1]?.examples).toEqual(zeros.slice(0, EXAMPLES_PER_WARNING));
  });

  it("keeps the counts whole but caps the rejected rows it lists", () => {
    const summary = summarizeReport(report([], REJECTED_ROWS_SHOWN + 5));
    expect(summary.rejected).toHaveLength(REJECTED_ROWS_SHOWN);
    expect(summary.counts.rejectedRows).toBe(REJECTED_ROWS_SHOWN + 5);
    expect(summary.skippedKodes).toEqual(["1.1"]);
    expect(summary).not.toHaveProperty("sheetName");
  });
});
