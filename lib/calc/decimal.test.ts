import DecimalJs from "decimal.js";
import { describe, expect, it } from "vitest";
import { Decimal, DecimalInputError, roundMoney, roundQty, toDecimal, toDecimalString } from "./decimal";

describe("toDecimal", () => {
  it("accepts strings, numbers, bigints and Decimals exactly", () => {
    expect(toDecimal("0.15").toString()).toBe("0.15");
    expect(toDecimal(" 12.5 ").toString()).toBe("12.5");
    expect(toDecimal(0.1).plus(toDecimal(0.2)).toString()).toBe("0.3");
    expect(toDecimal(15n).toString()).toBe("15");
    expect(toDecimal(new DecimalJs("7.25")).toString()).toBe("7.25");
    expect(toDecimal("-3e2").toString()).toBe("-300");
  });

  it.each([NaN, Infinity, -Infinity, "", "   ", "abc", "1,5", "0x1f", "Infinity", "NaN", "1.2.3"])(
    "rejects %s with a typed error",
    (bad) => {
      expect(() => toDecimal(bad)).toThrow(DecimalInputError);
    },
  );

  it("rejects non-finite Decimals and non-number inputs", () => {
    expect(() => toDecimal(new DecimalJs(NaN))).toThrow(DecimalInputError);
    expect(() => toDecimal(null as unknown as string)).toThrow(DecimalInputError);
    expect(() => toDecimal({} as unknown as string)).toThrow(DecimalInputError);
  });

  it("names the field in the message", () => {
    expect(() => toDecimal("x", "volume pekerjaan P1")).toThrow(/volume pekerjaan P1.*"x"/);
    try {
      toDecimal("x");
    } catch (e) {
      expect((e as DecimalInputError).code).toBe("INVALID_NUMBER");
    }
  });
});

describe("rounding", () => {
  it("rounds money half-up to 2 dp, away from zero for negatives", () => {
    expect(roundMoney(new Decimal("0.125")).toString()).toBe("0.13");
    expect(roundMoney(new Decimal("2.675")).toString()).toBe("2.68"); // 2.675 as a float rounds to 2.67
    expect(roundMoney(new Decimal("0.124999")).toString()).toBe("0.12");
    expect(roundMoney(new Decimal("-0.005")).toString()).toBe("-0.01");
  });

  it("rounds quantities to the requested places", () => {
    expect(roundQty(new Decimal("1.2345675"), 6).toString()).toBe("1.234568");
    expect(roundQty(new Decimal("0.0005"), 3).toString()).toBe("0.001");
  });

  it("formats fixed-point strings for JSON and never shows -0", () => {
    expect(toDecimalString(new Decimal(451000), 2)).toBe("451000.00");
    expect(toDecimalString(new Decimal("30312.5"), 2)).toBe("30312.50");
    expect(toDecimalString(new Decimal("801273998.1"), 0)).toBe("801273998");
    expect(toDecimalString(new Decimal("-0.001"), 2)).toBe("0.00");
    expect(toDecimalString(new Decimal("1e25"), 0)).toBe("10000000000000000000000000");
  });

  it("keeps long products exact (no silent precision loss)", () => {
    // 4 koefisien of 6 dp × harga 2 dp × volume 3 dp: 29 decimals, 44 significant digits.
    const product = ["9.123456", "8.654321", "7.111111", "6.999999", "12345678.91", "9876.543"]
      .map((v) => new Decimal(v))
      .reduce((a, b) => a.times(b));
    expect(product.decimalPlaces()).toBe(29);
    expect(product.div("9876.543").toString()).toBe(
      ["9.123456", "8.654321", "7.111111", "6.999999", "12345678.91"]
        .map((v) => new Decimal(v))
        .reduce((a, b) => a.times(b))
        .toString(),
    );
  });
});
