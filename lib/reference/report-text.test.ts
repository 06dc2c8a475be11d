import { describe, expect, it } from "vitest";
import type { ImportPreview } from "./types";
import { editionStatusText, formatPreview, outcomeText } from "./report-text";

function preview(edition: Partial<ImportPreview["edition"]> = {}): ImportPreview {
  return {
    format: "csv",
    contentHash: "a".repeat(64),
    report: {
      counts: {
        rows: 14036,
        items: 2305,
        lines: 14036,
        perKategori: { TK: 8299, BHN: 5020, ALT: 647, LAIN: 70 },
        rejectedRows: 1,
        skippedItems: 1,
      },
      decimalStyle: "dot",
      rejected: [{ row: 7, kode: "2.2.1", reason: 'koefisien "abc" bukan angka' }],
      skippedKodes: ["2.2.1"],
      warnings: [
        {
          type: "KOEFISIEN_ZERO",
          label: "Koefisien bernilai 0",
          count: 373,
          items: 202,
          examples: [{ type: "KOEFISIEN_ZERO", kode: "1.1.2.6", row: 131, message: "Koefisien Lain-Lain (LN-0006) bernilai 0." }],
        },
      ],
    },
    edition: { name: "AHSP Cipta Karya 2025", exists: false, unchanged: false, itemCount: 0, lineCount: 0, ...edition },
  };
}

describe("formatPreview", () => {
  it("prints counts in id-ID style, rejected rows with their row number, and warnings with examples", () => {
    const text = formatPreview(preview());
    expect(text).toContain("Item AHSP    : 2.305");
    expect(text).toContain("Baris analisa: 14.036 (TK 8.299, BHN 5.020, ALT 647, LAIN 70)");
    expect(text).toContain('baris 7 (2.2.1): koefisien "abc" bukan angka');
    expect(text).toContain("Koefisien bernilai 0: 373 (202 item)");
    expect(text).toContain("- baris 131, Koefisien Lain-Lain (LN-0006) bernilai 0.");
  });
});

describe("editionStatusText", () => {
  it("says whether the edition is created, replaced or already identical", () => {
    expect(editionStatusText(preview())).toMatch(/belum ada: akan dibuat/);
    expect(editionStatusText(preview({ exists: true, itemCount: 87, lineCount: 500 }))).toMatch(/87 item, 500 baris\) akan diganti/);
    expect(editionStatusText(preview({ exists: true, unchanged: true }))).toMatch(/sama persis/);
  });
});

describe("outcomeText", () => {
  it("says what the import did, with id-ID numbers", () => {
    const edition = { id: "e", name: "AHSP Cipta Karya 2025", citation: null, itemCount: 2305, lineCount: 14036, importedAt: new Date() };
    expect(outcomeText({ status: "replaced", edition, removedItems: 3, durationMs: 1234 })).toBe(
      'Edisi "AHSP Cipta Karya 2025" diganti: 2.305 item, 14.036 baris, 3 item lama dihapus (1,2 detik).',
    );
    expect(outcomeText({ status: "unchanged", edition, removedItems: 0, durationMs: 30 })).toMatch(/tidak berubah .*\(0 detik\)\.$/);
  });
});
