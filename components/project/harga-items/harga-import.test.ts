import { describe, expect, it } from "vitest";
import type { HargaImportApplied, HargaImportPreview } from "@/lib/harga-items/types";
import { appliedText, choicesField, conflictingKodes, pendingCount, previewSummary } from "./harga-import";

const target = (id: string, kode: string) => ({ id, kode, uraian: kode, satuan: "OH", harga: "0.00" });
const source = (row: number, newHarga: string) => ({ row, kode: "", uraian: "x", spesifikasi: "", satuan: "OH", newHarga });

const preview: HargaImportPreview = {
  token: "1.x",
  contentRevision: 1,
  format: "csv",
  counts: { rows: 5, matched: 2, changed: 1, ambiguous: 2, unmatched: 1, invalid: 0 },
  matched: [
    { ...source(2, "90000.00"), hargaItem: target("a", "TK-1"), by: "uraian", oldHarga: "0.00", changed: true, unitDiffers: false },
    { ...source(3, "0.00"), hargaItem: target("b", "TK-2"), by: "kode", oldHarga: "0.00", changed: false, unitDiffers: false },
  ],
  ambiguous: [
    { ...source(4, "5.00"), reason: "several-items", candidates: [target("c", "B-1"), target("d", "B-2")] },
    { ...source(5, "80000.00"), reason: "several-rows", candidates: [target("a", "TK-1")] },
  ],
  unmatched: [source(6, "1.00")],
  invalid: [],
};

describe("price import dialog helpers", () => {
  it("sends only decided rows as choices", () => {
    expect(choicesField({ 4: "d", 5: "" })).toBe('[{"row":4,"hargaItemId":"d"}]');
    expect(choicesField({})).toBe("[]");
  });

  it("counts the prices an apply would write", () => {
    expect(pendingCount(preview, {})).toBe(1);
    expect(pendingCount(preview, { 4: "c", 5: "" })).toBe(2);
  });

  it("names items two rows would price differently", () => {
    expect(conflictingKodes(preview, { 4: "c" })).toEqual([]);
    expect(conflictingKodes(preview, { 5: "a" })).toEqual(["TK-1"]);
  });

  it("summarizes in Indonesian", () => {
    expect(previewSummary({ ...preview.counts, rows: 10708, unmatched: 10600 })).toBe(
      "10.708 baris: 2 cocok (1 berubah), 2 ambigu, 10.600 tidak cocok, 0 tidak valid.",
    );
    const applied = { applied: { updated: 3, unchanged: 1, skipped: 2 } } as HargaImportApplied;
    expect(appliedText(applied)).toBe("3 harga diperbarui dari daftar harga, 1 sudah sama, 2 baris dilewati.");
  });
});
