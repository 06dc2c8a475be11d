import { describe, expect, it } from "vitest";
import { pickerGroups, pickPekerjaan } from "./tree-pick";
import type { ProjectTreeView } from "./types";

const p = (id: string) => ({
  id,
  kode: `K-${id}`,
  uraian: `U-${id}`,
  satuan: "m3",
  source: "custom" as const,
  volume: "1.000",
  volumeFormula: null,
  overheadProfitPercent: null,
  editVersion: 0,
  lineCount: 2,
  takeoff: [],
});
const tree: ProjectTreeView = {
  klasifikasi: [
    {
      id: "k1",
      name: "Persiapan",
      position: 0,
      subKlasifikasi: [
        { id: "s1", name: "Umum", position: 0, pekerjaan: [p("a"), p("b")] },
        { id: "s2", name: "Kosong", position: 1, pekerjaan: [] },
      ],
    },
    { id: "k2", name: "Struktur", position: 1, subKlasifikasi: [{ id: "s3", name: "Beton", position: 0, pekerjaan: [p("c")] }] },
  ],
};

describe("pickPekerjaan", () => {
  it("takes the requested pekerjaan, else the first, else none", () => {
    expect(pickPekerjaan(tree, "c")?.id).toBe("c");
    expect(pickPekerjaan(tree, "missing")?.id).toBe("a");
    expect(pickPekerjaan(tree, undefined)?.id).toBe("a");
    expect(pickPekerjaan({ klasifikasi: [] }, "a")).toBeNull();
  });
});

describe("pickerGroups", () => {
  it("numbers each sub-klasifikasi like the tree and ships only what the picker shows", () => {
    expect(pickerGroups(tree)).toEqual([
      {
        id: "s1",
        label: "I.A Persiapan › Umum",
        pekerjaan: [
          { id: "a", kode: "K-a", uraian: "U-a", satuan: "m3" },
          { id: "b", kode: "K-b", uraian: "U-b", satuan: "m3" },
        ],
      },
      { id: "s2", label: "I.B Persiapan › Kosong", pekerjaan: [] },
      { id: "s3", label: "II.A Struktur › Beton", pekerjaan: [{ id: "c", kode: "K-c", uraian: "U-c", satuan: "m3" }] },
    ]);
  });
});
