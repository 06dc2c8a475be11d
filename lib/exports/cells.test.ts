import { describe, expect, it } from "vitest";
import { Decimal } from "@/lib/calc";
import { cellText, formatNumber, neutralizeFormula } from "./cells";

describe("formatNumber", () => {
  it("writes id-ID numbers at each column's precision, half-up once", () => {
    expect(formatNumber(new Decimal("1234567.885"), "money")).toBe("1.234.567,89");
    expect(formatNumber(new Decimal("801273998.1"), "money")).toBe("801.273.998,10");
    expect(formatNumber(new Decimal("12.5"), "quantity")).toBe("12,5");
    expect(formatNumber(new Decimal("2000"), "quantity")).toBe("2.000");
    expect(formatNumber(new Decimal("0.0033"), "koefisien")).toBe("0,0033");
    expect(formatNumber(new Decimal("12.345"), "percent")).toBe("12,35");
    expect(formatNumber(new Decimal("-1500.5"), "money")).toBe("-1.500,50");
    expect(formatNumber(new Decimal("2305"), "integer")).toBe("2.305");
  });

  it("keeps digits beyond a double", () => {
    expect(formatNumber(new Decimal("9007199254740993.125"), "money")).toBe("9.007.199.254.740.993,13");
  });
});

describe("cellText", () => {
  it("leaves text alone and empties null", () => {
    expect(cellText("Galian", "text")).toBe("Galian");
    expect(cellText(null, "money")).toBe("");
    expect(cellText(new Decimal("1000"), "money")).toBe("1.000,00");
  });
});

describe("neutralizeFormula", () => {
  it("prefixes text a spreadsheet would run", () => {
    for (const text of ["=1+1", "+62 812", "-2+3", "@SUM(A1)", "\t=cmd", "\r=cmd", '=HYPERLINK("http://x")']) {
      expect(neutralizeFormula(text)).toBe(`'${text}`);
    }
  });

  it("leaves ordinary text as it is", () => {
    for (const text of ["Galian tanah", "1 m3", "Beton K-225", "a=b", " =spasi", ""]) {
      expect(neutralizeFormula(text)).toBe(text);
    }
  });
});
