import { describe, expect, it } from "vitest";
import { formulaFromCell, volumeFromCell } from "./volume-input";

describe("volumeFromCell", () => {
  it("reads numbers in both styles", () => {
    expect(volumeFromCell("12,5")).toEqual({ ok: true, body: { value: "12.5" } });
    expect(volumeFromCell("1.234,567")).toEqual({ ok: true, body: { value: "1234.567" } });
    expect(volumeFromCell("1234.5")).toEqual({ ok: true, body: { value: "1234.5" } });
    expect(volumeFromCell("")).toEqual({ ok: true, body: { value: "0" } });
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
