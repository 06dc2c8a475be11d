import { describe, expect, it } from "vitest";
import { bundleLine, draftsOf, emptyLine, isDirty, linesBody } from "./line-drafts";

const saved = [
  { kategori: "TK" as const, kode: "TK-0005", uraian: "Pekerja", satuan: "OH", koefisien: "0.750000", bundlePekerjaanId: null },
  { kategori: "BHN" as const, kode: "B-0152", uraian: "Semen", satuan: "kg", koefisien: "1234.500000", bundlePekerjaanId: null },
];

describe("linesBody", () => {
  it("sends koefisien as '.' decimal strings", () => {
    const drafts = draftsOf(saved);
    expect(drafts.map((d) => d.koefisien)).toEqual(["0,75", "1234,5"]);
    const result = linesBody(drafts);
    expect(result.ok && result.lines.map((l) => l.koefisien)).toEqual(["0.75", "1234.5"]);
  });

  it("keys problems like the API's field paths", () => {
    const result = linesBody([
      { ...emptyLine(), kode: "X", uraian: "" },
      { ...emptyLine(), kode: "Y", uraian: "Y", koefisien: "0,1234567" },
    ]);
    expect(result).toEqual({
      ok: false,
      errors: {
        "lines.0.koefisien": "Isi dengan angka.",
        "lines.0.uraian": "Wajib diisi.",
        "lines.1.koefisien": "Maksimal 6 angka di belakang koma.",
      },
    });
  });

  it("drops a bundle target from a line that is no longer LAIN", () => {
    const line = {
      ...bundleLine(emptyLine(), { id: "0f8e7d6c-aaaa", kode: null, uraian: "Beton", satuan: "m3" }),
      koefisien: "4",
      kategori: "TK" as const,
    };
    const result = linesBody([line]);
    expect(result.ok && result.lines[0]!.bundlePekerjaanId).toBeNull();
  });
});

describe("bundleLine", () => {
  it("names the bundle after the pekerjaan", () => {
    const line = bundleLine(emptyLine(), { id: "0f8e7d6c-1111", kode: "2.2.1.4.5", uraian: "Beton f'c 20", satuan: "m3" });
    expect(line).toMatchObject({
      kategori: "LAIN",
      kode: "BDL-2.2.1.4.5",
      uraian: "Beton f'c 20",
      satuan: "m3",
      bundlePekerjaanId: "0f8e7d6c-1111",
    });
    expect(bundleLine(emptyLine(), { id: "0f8e7d6c-1111", kode: null, uraian: "x", satuan: "" }).kode).toBe("BDL-0f8e7d6c");
  });
});

describe("isDirty", () => {
  it("ignores how a koefisien is written", () => {
    const drafts = draftsOf(saved);
    expect(isDirty(drafts, saved)).toBe(false);
    expect(isDirty([{ ...drafts[0]!, koefisien: "0.75" }, drafts[1]!], saved)).toBe(false);
    expect(isDirty([{ ...drafts[0]!, koefisien: "0,8" }, drafts[1]!], saved)).toBe(true);
    expect(isDirty(drafts.slice(1), saved)).toBe(true);
  });
});
