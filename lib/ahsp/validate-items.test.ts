import { describe, expect, it } from "vitest";
import { item, line } from "./test-support";
import type { AhspItem, Kategori } from "./types";
import { validateAhspItems } from "./validate-items";

describe("validateAhspItems", () => {
  it("accepts valid items", () => {
    expect(validateAhspItems([item("1", [line(1, "TK", "TK-5", "0.5"), line(2, "BHN", "B-1", "0")])])).toEqual([]);
  });

  it("reports every broken rule", () => {
    const broken: AhspItem[] = [
      item("1", []),
      item("1", [
        line(1, "XX" as Kategori, "", "1", "Pekerja"),
        line(3, "TK", "TK-5", "0.50"),
        line(3, "TK", "TK-5", "-1"),
        { ...line(4, "TK", "TK-5", "1,5"), uraianItem: " " },
      ]),
    ];
    expect(validateAhspItems(broken).map((p) => [p.kode, p.position, p.message])).toEqual([
      ["1", undefined, "item tanpa baris analisa"],
      ["1", undefined, "kode 1 ganda"],
      ["1", 1, 'kategori "XX" tidak valid'],
      ["1", 1, "kode_item kosong"],
      ["1", 2, "posisi 3, seharusnya 2"],
      ["1", 2, 'koefisien "0.50" tidak kanonis (0.5)'],
      ["1", 3, "koefisien negatif (-1)"],
      ["1", 4, "uraian_item kosong"],
      ["1", 4, 'koefisien "1,5" tidak kanonis (1.5)'],
    ]);
  });
});
