import { describe, expect, it } from "vitest";
import {
  formatDecimal,
  formatInteger,
  formatKoefisien,
  formatMoney,
  formatPercent,
  formatQuantity,
  formatRupiah,
  judgePaste,
  parseTyped,
  toInputText,
} from "./number";

type Kind = Parameters<typeof parseTyped>[1];
const read = (text: string, kind: Kind, options?: Parameters<typeof parseTyped>[2]) => {
  const result = parseTyped(text, kind, options);
  if (!result.ok) return `error: ${result.error}`;
  return result.roundedFrom ? `${result.value} (from ${result.roundedFrom})` : result.value;
};
const KINDS: Kind[] = ["money", "percent", "volume", "koefisien", "parameter"];

describe("parseTyped: forms that mean the same in every field", () => {
  // Written by hand: text → API decimal string.
  const cases: [string, string][] = [
    ["2,125", "2.125"],
    ["2125", "2125"],
    ["2.125,5", "2125.5"],
    ["1.234.567", "1234567"],
    ["1.234.567,8", "1234567.8"],
    ["12,5", "12.5"],
    ["0,015", "0.015"],
    // Only one reading can produce these spreadsheet forms, so they are not guesses.
    ["12.5", "12.5"],
    ["0.015", "0.015"],
    ["1234.567", "1234.567"],
    ["1,234.5", "1234.5"],
    ["1,234,567", "1234567"],
    [",5", "0.5"],
    ["007,500", "7.5"],
    ["0,000", "0"],
    ["+3", "3"],
    ["-0", "0"],
  ];
  for (const kind of KINDS) {
    it.each(cases)(`${kind}: %s → %s`, (text, expected) => {
      const decimals = (expected.split(".")[1] ?? "").length;
      const limit = { money: 2, percent: 2, volume: 3, koefisien: 6, parameter: 6 }[kind as "money"];
      expect(read(text, kind)).toBe(decimals > limit ? `error: Maksimal ${limit} angka di belakang koma.` : expected);
    });
  }
});

describe("parseTyped: a lone dot before three digits", () => {
  it("is thousands in fields of at most 2 decimals", () => {
    expect(read("15.000", "money")).toBe("15000");
    expect(read("15.750", "money")).toBe("15750");
    expect(read("Rp 15.000", "money")).toBe("15000");
    expect(read("2.125", "percent")).toBe("2125");
    expect(read("150.000", "money")).toBe("150000");
  });

  it("is refused in fields of 3 or more decimals, naming both readings", () => {
    expect(read("2.125", "volume")).toBe("error: 2,125 atau 2.125 (dua ribu seratus dua puluh lima)? Ketik 2,125 atau 2125.");
    expect(read("15.750", "volume")).toBe("error: 15,750 atau 15.750 (lima belas ribu tujuh ratus lima puluh)? Ketik 15,750 atau 15750.");
    expect(read("1.500", "koefisien")).toBe("error: 1,500 atau 1.500 (seribu lima ratus)? Ketik 1,500 atau 1500.");
    expect(read("-2.125", "parameter")).toBe("error: -2,125 atau -2.125 (minus dua ribu seratus dua puluh lima)? Ketik -2,125 atau -2125.");
    expect(parseTyped("15.750", "volume")).toMatchObject({ ok: false, ambiguous: true });
  });

  it("is settled by a paste's separator", () => {
    expect(read("15.750", "volume", { separator: "comma" })).toBe("15750");
    expect(read("15.750", "volume", { separator: "dot" })).toBe("15.75");
    expect(read("15.000", "money", { separator: "dot" })).toBe("15");
    // …and so is a lone comma, which otherwise is always the decimal point.
    expect(read("2,125", "volume", { separator: "dot" })).toBe("2125");
    expect(read("2,125", "volume", { separator: "comma" })).toBe("2.125");
  });
});

describe("parseTyped: signs, spaces, Rp, NBSP, percent", () => {
  it.each([
    ["Rp 1.234.567,89", "money", "1234567.89"],
    ["Rp. 150.000", "money", "150000"],
    ["rp150.000,5", "money", "150000.5"],
    [" 1 234,50 ", "money", "1234.5"],
    ["1\u00a0234\u00a0567,5", "money", "1234567.5"],
    ["1\u202f234,5", "volume", "1234.5"],
    ["15\u00a0750", "volume", "15750"],
    ["11 %", "percent", "11"],
    ["12,5%", "percent", "12.5"],
    ["-2,5", "parameter", "-2.5"],
    ["\u22122,5", "parameter", "-2.5"],
    ["-1.234,5", "parameter", "-1234.5"],
  ] as const)("%s (%s) → %s", (text, kind, expected) => {
    expect(read(text, kind)).toBe(expected);
  });

  it("refuses negatives where the field cannot hold them", () => {
    for (const kind of ["money", "percent", "volume", "koefisien"] as const) expect(read("-2,5", kind)).toBe("error: Tidak boleh negatif.");
  });

  it("refuses malformed text with a message", () => {
    expect(read("", "volume")).toBe("error: Isi dengan angka.");
    expect(read("Rp", "money")).toBe("error: Isi dengan angka.");
    expect(read("abc", "volume")).toBe("error: Bukan angka yang valid.");
    expect(read("1e5", "volume")).toBe("error: Bukan angka yang valid.");
    expect(read("12%", "volume")).toBe("error: Bukan angka yang valid.");
    expect(read("12.34.5", "volume")).toBe("error: Format angka tidak dikenali.");
    expect(read("1.234,5,6", "money")).toBe("error: Format angka tidak dikenali.");
    expect(read("1,23,456", "money")).toBe("error: Format angka tidak dikenali.");
    expect(read("1.234,5.6", "money")).toBe("error: Format angka tidak dikenali.");
    expect(read(".", "money")).toBe("error: Bukan angka yang valid.");
  });

  it("counts are whole numbers", () => {
    expect(read("2.026", "count")).toBe("2026");
    expect(read("2,5", "count")).toBe("error: Harus bilangan bulat.");
  });
});

describe("parseTyped: rounding a pasted price", () => {
  it("rounds half-up to the sen and says from what", () => {
    expect(read("16.066,875", "money", { round: true })).toBe("16066.88 (from 16066.875)");
    expect(read("16.066,874", "money", { round: true })).toBe("16066.87 (from 16066.874)");
    expect(read("0,995", "money", { round: true })).toBe("1 (from 0.995)");
    expect(read("999,999", "money", { round: true })).toBe("1000 (from 999.999)");
    expect(read("16.066,87", "money", { round: true })).toBe("16066.87");
  });
  it("typed prices are refused instead", () => {
    expect(read("16.066,875", "money")).toBe("error: Maksimal 2 angka di belakang koma.");
  });
});

describe("judgePaste", () => {
  it("a comma decimal anywhere makes dots thousands", () => {
    expect(judgePaste(["4,5", "15.750", "60"], "volume")).toEqual({ status: "clear", separator: "comma" });
    expect(judgePaste(["1.234.567", "15.750"], "volume")).toEqual({ status: "clear", separator: "comma" });
  });
  it("a dot decimal anywhere makes commas thousands", () => {
    expect(judgePaste(["12.5", "15.750"], "volume")).toEqual({ status: "clear", separator: "dot" });
    expect(judgePaste(["1,234.5", "2,125"], "money")).toEqual({ status: "clear", separator: "dot" });
  });
  it("asks once when the field's rule cannot settle the block", () => {
    expect(judgePaste(["15.750", "2.125", "40"], "volume")).toEqual({ status: "ask", example: "15.750" });
    expect(judgePaste(["Rp 2.125"], "koefisien")).toEqual({ status: "ask", example: "2.125" });
    // A price's own rule says thousands, the block's dot decimals say decimal: ask.
    expect(judgePaste(["12.5", "15.000"], "money")).toEqual({ status: "ask", example: "15.000" });
  });
  it("needs no judgement when every value has one reading", () => {
    expect(judgePaste(["40", "60", "2,125"], "volume")).toEqual({ status: "clear" });
    expect(judgePaste(["15.000", "90.000"], "money")).toEqual({ status: "clear" });
  });
  it("refuses a block that mixes both styles", () => {
    expect(judgePaste(["1.234,5", "1,234.5"], "money")).toMatchObject({ status: "mixed" });
  });
});

describe("toInputText", () => {
  it("gives text that reads back to the same value", () => {
    const cases: [string, Kind][] = [
      ["1500", "money"],
      ["1500", "volume"],
      ["15750", "volume"],
      ["1.5", "volume"],
      ["0.015", "koefisien"],
      ["1234567.89", "money"],
      ["-2125", "parameter"],
      ["0", "percent"],
    ];
    for (const [v, kind] of cases) expect(read(toInputText(v, kind), kind)).toBe(v);
  });
  it("groups thousands only where a dot cannot be misread", () => {
    expect(toInputText("451000.00", "money")).toBe("451.000");
    expect(toInputText("15750.000", "volume")).toBe("15750");
    expect(toInputText("1234.5", "parameter")).toBe("1234,5");
    expect(toInputText("0.150000", "koefisien")).toBe("0,15");
    expect(toInputText(null, "money")).toBe("");
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
});
