import { describe, expect, it } from "vitest";
import {
  formatDecimal,
  formatInteger,
  formatKoefisien,
  formatMoney,
  formatPercent,
  formatQuantity,
  formatRupiah,
  parseDecimal,
  toInputText,
} from "./number";

const value = (text: string, options?: Parameters<typeof parseDecimal>[1]) => {
  const result = parseDecimal(text, options);
  return result.ok ? result.value : `error: ${result.error}`;
};

describe("parseDecimal", () => {
  it("reads id-ID and spreadsheet styles into API decimal strings", () => {
    expect(value("1.234,5")).toBe("1234.5");
    expect(value("1234.5")).toBe("1234.5");
    expect(value("1234,5")).toBe("1234.5");
    expect(value("1,234.5")).toBe("1234.5");
    expect(value("1.234.567,89")).toBe("1234567.89");
    expect(value("1,234,567.89")).toBe("1234567.89");
    expect(value("1.234.567")).toBe("1234567");
    expect(value("1,234,567")).toBe("1234567");
    expect(value("451000")).toBe("451000");
    expect(value("0,15")).toBe("0.15");
    expect(value("0.15")).toBe("0.15");
    expect(value(",5")).toBe("0.5");
    expect(value("7,")).toBe("7");
  });

  it("strips Rp, spaces and padding zeros", () => {
    expect(value("Rp 1.234.567,89")).toBe("1234567.89");
    expect(value("Rp. 150.000")).toBe("150000");
    expect(value(" 1 234,50 ")).toBe("1234.5");
    expect(value("1\u00a0234,5")).toBe("1234.5");
    expect(value("007,500")).toBe("7.5");
    expect(value("0,000")).toBe("0");
  });

  it("resolves the ambiguous cases the id-ID way", () => {
    // A lone dot before exactly three digits groups thousands, as the grid shows them.
    expect(value("1.500")).toBe("1500");
    expect(value("150.000")).toBe("150000");
    // …but not after a zero or with another digit count: those are decimals.
    expect(value("0.015")).toBe("0.015");
    expect(value("1.5")).toBe("1.5");
    expect(value("1.2345")).toBe("1.2345");
    expect(value("1234.567")).toBe("1234.567");
    // A lone comma is always the decimal separator.
    expect(value("1,234")).toBe("1.234");
  });

  it("round-trips every displayed value", () => {
    for (const v of ["1500", "1.5", "0.015", "1.234", "1234567.89", "0", "12.5", "999999.999999"]) {
      expect(value(toInputText(v))).toBe(v);
      expect(value(formatDecimal(v))).toBe(v);
    }
  });

  it("handles signs", () => {
    expect(value("-2,5")).toBe("error: Tidak boleh negatif.");
    expect(value("-2,5", { allowNegative: true })).toBe("-2.5");
    expect(value("\u22122,5", { allowNegative: true })).toBe("-2.5");
    expect(value("-0")).toBe("0");
    expect(value("+3")).toBe("3");
  });

  it("refuses malformed text with a message", () => {
    expect(value("")).toBe("error: Isi dengan angka.");
    expect(value("abc")).toBe("error: Bukan angka yang valid.");
    expect(value("1e5")).toBe("error: Bukan angka yang valid.");
    expect(value("12.34.5")).toBe("error: Format angka tidak dikenali.");
    expect(value("1.234,5,6")).toBe("error: Format angka tidak dikenali.");
    expect(value("1,23,456")).toBe("error: Format angka tidak dikenali.");
    expect(value("1.234,5.6")).toBe("error: Format angka tidak dikenali.");
    expect(value(".")).toBe("error: Bukan angka yang valid.");
  });

  it("enforces the column's decimal places instead of rounding", () => {
    expect(value("1,005", { maxDecimals: 2 })).toBe("error: Maksimal 2 angka di belakang koma.");
    expect(value("1,50", { maxDecimals: 1 })).toBe("1.5");
    expect(value("2,5", { maxDecimals: 0 })).toBe("error: Harus bilangan bulat.");
  });
});

describe("formatDecimal", () => {
  it("writes decimal strings id-ID style without rounding them", () => {
    expect(formatDecimal("0.013")).toBe("0,013");
    expect(formatDecimal("1234.5")).toBe("1.234,5");
    expect(formatDecimal("7341666.67")).toBe("7.341.666,67");
    expect(formatDecimal("999999999999.999999")).toBe("999.999.999.999,999999");
    expect(formatDecimal("202")).toBe("202");
    expect(formatDecimal("-1000")).toBe("-1.000");
  });

  it("rounds half-up on the digits and pads", () => {
    expect(formatDecimal("801273998.1", { maxDecimals: 0 })).toBe("801.273.998");
    expect(formatDecimal("2.5", { maxDecimals: 0 })).toBe("3");
    expect(formatDecimal("-2.5", { maxDecimals: 0 })).toBe("-3");
    expect(formatDecimal("999.995", { maxDecimals: 2 })).toBe("1.000");
    expect(formatDecimal("0.004", { maxDecimals: 2 })).toBe("0");
    expect(formatDecimal("-0.004", { maxDecimals: 2, minDecimals: 2 })).toBe("0,00");
    expect(formatDecimal("30312.5", { minDecimals: 2 })).toBe("30.312,50");
  });

  it("precision beyond a double survives", () => {
    expect(formatDecimal("12345678901234567.89")).toBe("12.345.678.901.234.567,89");
    expect(formatMoney("9007199254740993.005")).toBe("9.007.199.254.740.993,01");
  });

  it("leaves text that is not a decimal alone", () => {
    expect(formatDecimal("")).toBe("");
    expect(formatDecimal("n/a")).toBe("n/a");
  });
});

describe("display helpers", () => {
  it("money, quantities, koefisien, percent and counts", () => {
    expect(formatRupiah("1234567.89")).toBe("Rp 1.234.567,89");
    expect(formatRupiah("451000.00")).toBe("Rp 451.000,00");
    expect(formatMoney("0")).toBe("0,00");
    expect(formatQuantity("12.500")).toBe("12,5");
    expect(formatQuantity("2000.000")).toBe("2.000");
    expect(formatKoefisien("0.015000")).toBe("0,015");
    expect(formatKoefisien("71.910000")).toBe("71,91");
    expect(formatPercent("10.00")).toBe("10");
    expect(formatPercent("12.50")).toBe("12,5");
    expect(formatInteger(2305)).toBe("2.305");
  });

  it("toInputText gives editable text", () => {
    expect(toInputText("451000.00")).toBe("451.000");
    expect(toInputText("0.150000")).toBe("0,15");
    expect(toInputText(null)).toBe("");
  });
});
