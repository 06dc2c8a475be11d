import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyDecimalText, inferDecimalStyle, parseDecimalText } from "./decimal-text";
import { koefisienFromNumber, koefisienFromText } from "./koefisien";
import type { DecimalStyle } from "./types";

function read(text: string, style: DecimalStyle = "unknown"): string {
  const result = koefisienFromText(text, style);
  if (!result.ok) throw new Error(result.reason);
  return result.koefisien;
}

describe("classifyDecimalText", () => {
  it.each([
    ["17415", "plain"],
    ["4e-05", "plain"],
    ["0.013", "decided"],
    ["0,013", "decided"],
    ["1.5", "decided"],
    ["1.234,56", "decided"],
    ["1,234.56", "decided"],
    ["1.234.567", "decided"],
    ["1.234", "ambiguous"],
    ["17,415", "ambiguous"],
    ["1,2,3", "invalid"],
    ["1 234", "invalid"],
    ["abc", "invalid"],
    ["12.345.6", "invalid"],
    ["", "invalid"],
  ])("%s is %s", (text, kind) => {
    expect(classifyDecimalText(text).kind).toBe(kind);
  });
});

describe("inferDecimalStyle", () => {
  it("reads the style from unambiguous values only", () => {
    expect(inferDecimalStyle(["1.234", "0,013"])).toBe("comma");
    expect(inferDecimalStyle(["1,234", "0.5"])).toBe("dot");
    expect(inferDecimalStyle(["1.234", "17415"])).toBe("unknown");
    expect(inferDecimalStyle(["0.5", "0,5"])).toBe("mixed");
  });
});

describe("koefisienFromText", () => {
  it("reads both number styles", () => {
    expect(read("1.234,56", "comma")).toBe("1234.56");
    expect(read("1,234.56", "dot")).toBe("1234.56");
    expect(read("0.013")).toBe("0.013");
    expect(read("0,013")).toBe("0.013");
    expect(read("17415")).toBe("17415");
    expect(read("4e-05")).toBe("0.00004");
    expect(read("0.0400")).toBe("0.04");
    expect(read(" 1,5 ")).toBe("1.5");
    expect(read("-0")).toBe("0");
  });

  it("resolves a lone separator by the file's style", () => {
    expect(read("17,415", "comma")).toBe("17.415");
    expect(read("17,415", "dot")).toBe("17415");
    expect(read("1.234", "comma")).toBe("1234");
    expect(read("1.234", "dot")).toBe("1.234");
    expect(read("1.234", "unknown")).toBe("1.234");
  });

  it.each([
    ["", "koefisien kosong"],
    ["abc", 'koefisien "abc" bukan angka'],
    ["-0,5", "koefisien negatif (-0,5)"],
    ["0.1234567", 'koefisien "0.1234567" punya lebih dari 6 angka desimal'],
    ["1e999999", 'koefisien "1e999999" terlalu besar'],
    ["1e-999999", 'koefisien "1e-999999" punya lebih dari 6 angka desimal'],
  ])("refuses %j", (text, reason) => {
    expect(koefisienFromText(text, "dot")).toEqual({ ok: false, reason });
  });

  it("refuses ambiguous values when the file mixes styles", () => {
    const result = koefisienFromText("1.234", "mixed");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/ambigu/);
  });

  it("round-trips any 6-dp value written in either style", () => {
    const idStyle = (s: string) => {
      const [int = "", frac] = s.split(".");
      const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
      return frac ? `${grouped},${frac}` : grouped;
    };
    const enStyle = (s: string) => {
      const [int = "", frac] = s.split(".");
      const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
      return frac ? `${grouped}.${frac}` : grouped;
    };
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (micros) => {
        const expected = read(`${micros / 1_000_000n}.${(micros % 1_000_000n).toString().padStart(6, "0")}`, "dot");
        expect(read(idStyle(expected), "comma")).toBe(expected);
        expect(read(enStyle(expected), "dot")).toBe(expected);
      }),
    );
  });
});

describe("koefisienFromNumber", () => {
  it("uses Excel's 15 significant digits, then the 6-dp rule", () => {
    expect(koefisienFromNumber(0.1 + 0.2)).toEqual({ ok: true, koefisien: "0.3" });
    expect(koefisienFromNumber(0.013)).toEqual({ ok: true, koefisien: "0.013" });
    expect(koefisienFromNumber(4e-5)).toEqual({ ok: true, koefisien: "0.00004" });
    expect(koefisienFromNumber(1 / 3).ok).toBe(false);
    expect(koefisienFromNumber(-1).ok).toBe(false);
    expect(koefisienFromNumber(Number.NaN).ok).toBe(false);
  });
});

describe("parseDecimalText", () => {
  it("keeps exact decimals beyond float precision", () => {
    const parsed = parseDecimalText("123456789012.123456", "dot");
    expect(parsed.ok && parsed.value.toFixed()).toBe("123456789012.123456");
  });
});
