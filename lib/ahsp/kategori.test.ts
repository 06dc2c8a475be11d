import { describe, expect, it } from "vitest";
import { mapKategori } from "./kategori";

describe("mapKategori", () => {
  it.each([
    ["TK", "TK"],
    ["Tenaga Kerja", "TK"],
    ["tenaga_kerja", "TK"],
    ["UPAH", "TK"],
    ["pekerja", "TK"],
    ["Labour", "TK"],
    ["BHN", "BHN"],
    ["Bahan", "BHN"],
    ["material", "BHN"],
    ["ALT", "ALT"],
    ["alat", "ALT"],
    ["Peralatan", "ALT"],
  ])("%s → %s", (word, kategori) => {
    expect(mapKategori(word)).toEqual({ kategori, recognised: true });
  });

  it("maps LAIN and its synonyms to LAIN without complaint", () => {
    expect(mapKategori("LAIN")).toEqual({ kategori: "LAIN", recognised: true });
    expect(mapKategori("Lain-lain")).toEqual({ kategori: "LAIN", recognised: true });
  });

  it("maps any other word to LAIN but flags it as unrecognised", () => {
    expect(mapKategori("Bahn")).toEqual({ kategori: "LAIN", recognised: false });
    expect(mapKategori("Sub-kontraktor")).toEqual({ kategori: "LAIN", recognised: false });
  });
});
