import { describe, expect, it } from "vitest";
import { decimalInput, fromDb, hargaInput, koefisienInput, money, volumeText } from "./decimal";
import "./zod";

const parse = (schema: ReturnType<typeof decimalInput>, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? { value: r.data.toFixed() } : { error: r.error.issues.map((i) => i.message) };
};

describe("decimal input", () => {
  it("accepts JSON numbers and decimal strings with '.', as exact Decimals", () => {
    expect(parse(hargaInput, 451000)).toEqual({ value: "451000" });
    expect(parse(hargaInput, " 1333.34 ")).toEqual({ value: "1333.34" });
    expect(parse(koefisienInput, 0.1)).toEqual({ value: "0.1" });
    expect(parse(koefisienInput, "0.000001")).toEqual({ value: "0.000001" });
  });

  it("refuses a comma, more decimals than the column keeps, negatives and overflow, saying which", () => {
    expect(parse(hargaInput, "1,5")).toEqual({ error: ["Gunakan titik sebagai pemisah desimal."] });
    expect(parse(hargaInput, "1.234,5")).toEqual({ error: ["Harus berupa angka."] });
    expect(parse(hargaInput, "10.005")).toEqual({ error: ["Maksimal 2 angka di belakang titik."] });
    expect(parse(koefisienInput, -0.5)).toEqual({ error: ["Minimal 0."] });
    expect(parse(hargaInput, "1e3")).toEqual({ error: ["Harus berupa angka."] });
    expect(parse(hargaInput, "10000000000000000")).toEqual({ error: ["Angka terlalu besar."] });
    expect(parse(hargaInput, true)).toHaveProperty("error");
  });

  it("refuses a JSON number with more digits than a double keeps", () => {
    expect(parse(hargaInput, 1234567890123.4567)).toEqual({
      error: ["Angka dengan lebih dari 15 digit harus dikirim sebagai string."],
    });
    expect(parse(hargaInput, "1234567890123.45")).toEqual({ value: "1234567890123.45" });
  });

  it("applies min and max", () => {
    const percent = decimalInput({ dp: 2, min: 0, max: 15, below: 1000 });
    expect(parse(percent, "15")).toEqual({ value: "15" });
    expect(parse(percent, "15.01")).toEqual({ error: ["Maksimal 15."] });
  });
});

describe("decimal output", () => {
  it("formats half-up at the shown precision, from calc Decimals or database values", () => {
    expect(money(fromDb("801273998.1"))).toBe("801273998.10");
    expect(money(fromDb("30312.505"))).toBe("30312.51");
    expect(money(fromDb("-0.004"))).toBe("0.00");
    expect(volumeText({ toString: () => "12.5" })).toBe("12.500");
  });
});
