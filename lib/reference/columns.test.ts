import { describe, expect, it } from "vitest";
import { item, line } from "@/lib/ahsp/test-support";
import { itemColumns, lineColumns } from "./columns";

describe("bulk insert columns", () => {
  const items = [
    item("1.1", [line(1, "TK", "TK-0005", "0.75"), line(2, "TK", "TK-0001", "0.025")], { citation: "Lampiran B" }),
    item("1.2", [{ ...line(1, "LAIN", "1.1", "2"), nestedKode: "1.1" }], { klasifikasi: "Tanah", subKlasifikasi: "Galian" }),
  ];

  it("lays items out as parallel arrays, position in file order, absent labels as null", () => {
    expect(itemColumns(items)).toEqual({
      kode: ["1.1", "1.2"],
      uraian: ["Pekerjaan 1.1", "Pekerjaan 1.2"],
      satuan: ["m3", "m3"],
      citation: ["Lampiran B", null],
      klasifikasi: [null, "Tanah"],
      subKlasifikasi: [null, "Galian"],
      position: [1, 2],
      lineCount: [2, 1],
    });
  });

  it("lays every line out with its item's kode and its nested kode", () => {
    const c = lineColumns(items);
    expect(c.itemKode).toEqual(["1.1", "1.1", "1.2"]);
    expect(c.koefisien).toEqual(["0.75", "0.025", "2"]);
    expect(c.nestedKode).toEqual([null, null, "1.1"]);
    expect(new Set(Object.values(c).map((column) => column.length))).toEqual(new Set([3]));
  });
});
