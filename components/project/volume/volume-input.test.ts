import { describe, expect, it } from "vitest";
import { formulaFromCell, volumeFromCell, volumesFromPaste } from "./volume-input";

describe("volumeFromCell", () => {
  it("reads numbers that have one reading", () => {
    expect(volumeFromCell("12,5")).toEqual({ ok: true, body: { value: "12.5" } });
    expect(volumeFromCell("15,75")).toEqual({ ok: true, body: { value: "15.75" } });
    expect(volumeFromCell("1.234,567")).toEqual({ ok: true, body: { value: "1234.567" } });
    expect(volumeFromCell("1234.5")).toEqual({ ok: true, body: { value: "1234.5" } });
    expect(volumeFromCell("2.000.000")).toEqual({ ok: true, body: { value: "2000000" } });
    expect(volumeFromCell("")).toEqual({ ok: true, body: { value: "0" } });
  });
  it("refuses 15.750, naming both readings", () => {
    expect(volumeFromCell("15.750")).toEqual({
      ok: false,
      error: "15,750 atau 15.750 (lima belas ribu tujuh ratus lima puluh)? Ketik 15,750 atau 15750.",
    });
  });
  it("sends a leading = as a formula, untouched", () => {
    expect(volumeFromCell("=panjang*lebar*0.15")).toEqual({ ok: true, body: { formula: "panjang*lebar*0.15" } });
    expect(volumeFromCell(" = MAX(0, p - 2) ")).toEqual({ ok: true, body: { formula: "MAX(0, p - 2)" } });
    expect(volumeFromCell("=")).toEqual({ ok: false, error: "Rumus kosong." });
  });
  it("refuses what the column cannot keep", () => {
    expect(volumeFromCell("1,2345")).toEqual({ ok: false, error: "Maksimal 3 angka di belakang koma." });
    expect(volumeFromCell("-1")).toEqual({ ok: false, error: "Tidak boleh negatif." });
  });
});

describe("formulaFromCell", () => {
  it("accepts a formula with or without =", () => {
    expect(formulaFromCell("=a*b", "1")).toEqual({ ok: true, body: { formula: "a*b" } });
    expect(formulaFromCell("a*b", null)).toEqual({ ok: true, body: { formula: "a*b" } });
  });
  it("an emptied formula keeps the volume as a value", () => {
    expect(formulaFromCell("", "12.500")).toEqual({ ok: true, body: { value: "12.500" } });
  });
});

describe("volumesFromPaste", () => {
  it("one value per line, the block judged as a whole", () => {
    expect(volumesFromPaste("4,5\n40\n60\n")).toEqual({ ok: true, bodies: [{ value: "4.5" }, { value: "40" }, { value: "60" }] });
    // 4,5 is a comma decimal, so the dot in 15.750 is thousands.
    expect(volumesFromPaste("4,5\r\n15.750")).toEqual({ ok: true, bodies: [{ value: "4.5" }, { value: "15750" }] });
    expect(volumesFromPaste("12.5\n15.750")).toEqual({ ok: true, bodies: [{ value: "12.5" }, { value: "15.75" }] });
    expect(volumesFromPaste("=p*l\n3")).toEqual({ ok: true, bodies: [{ formula: "p*l" }, { value: "3" }] });
  });
  it("asks once for a block that stays ambiguous, then reads it as chosen", () => {
    expect(volumesFromPaste("15.750\n2.125\n40")).toEqual({ ok: false, ask: "15.750" });
    expect(volumesFromPaste("15.750\n2.125\n40", "dot")).toEqual({
      ok: true,
      bodies: [{ value: "15.75" }, { value: "2.125" }, { value: "40" }],
    });
    expect(volumesFromPaste("15.750\n2.125\n40", "comma")).toEqual({
      ok: true,
      bodies: [{ value: "15750" }, { value: "2125" }, { value: "40" }],
    });
  });
  it("names the rows it cannot read and refuses several columns", () => {
    expect(volumesFromPaste("4,5\nabc\n-1")).toEqual({
      ok: false,
      errors: ["Baris 2 (“abc”): Bukan angka yang valid.", "Baris 3 (“-1”): Tidak boleh negatif."],
    });
    expect(volumesFromPaste("1\t2")).toEqual({ ok: false, errors: ["Tempel satu kolom volume saja (satu angka per baris)."] });
    expect(volumesFromPaste("\n")).toEqual({ ok: false, errors: ["Tidak ada yang ditempel."] });
  });
});
