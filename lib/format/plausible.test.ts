import { describe, expect, it } from "vitest";
import { compareDecimal, implausibleNote, isImplausible } from "./plausible";

describe("compareDecimal", () => {
  it.each([
    ["1000000", "1000000", 0],
    ["1000000.000", "1000000", 0],
    ["1000000.001", "1000000", 1],
    ["999999.999", "1000000", -1],
    ["2000000", "1000000", 1],
    ["0010", "9", 1],
    ["-5", "3", -1],
    ["-5", "-3", -1],
    ["-0.0", "0", 0],
    ["12345678901234567.89", "12345678901234567.9", -1],
  ] as const)("%s vs %s → %i", (a, b, expected) => {
    expect(compareDecimal(a, b)).toBe(expected);
  });
});

describe("implausible values", () => {
  it("warns strictly above the limits", () => {
    expect(isImplausible("volume", "1000000.000")).toBe(false);
    expect(isImplausible("volume", "1000000.001")).toBe(true);
    expect(isImplausible("koefisien", "10000.000000")).toBe(false);
    expect(isImplausible("koefisien", "10000.000001")).toBe(true);
    expect(isImplausible("harga", "10000000000.00")).toBe(false);
    expect(isImplausible("harga", "10000000000.01")).toBe(true);
  });
  it("says why, in id-ID", () => {
    expect(implausibleNote("volume", "2000000.000")).toBe("Volume di atas 1.000.000: periksa lagi.");
    expect(implausibleNote("koefisien", "15000")).toBe("Koefisien di atas 10.000: periksa lagi.");
    expect(implausibleNote("harga", "20000000000")).toBe("Harga di atas Rp 10.000.000.000: periksa lagi.");
    expect(implausibleNote("volume", "15.75")).toBeNull();
  });
});
