import { describe, expect, it } from "vitest";
import { normalizeKode, normalizeName, normalizeSatuan } from "./normalize";

describe("normalizeName", () => {
  it.each([
    ["Tukang batu/tembok", "tukang batu tembok"],
    ["  TUKANG   BATU - TEMBOK ", "tukang batu tembok"],
    ["Paku Biasa 2”-5”", "paku biasa 2 5"],
    ["Molen/Beton mixer 0,35 m3", "molen beton mixer 0 35 m3"],
    ["Semen\u00a0Portland\t(PC)", "semen portland pc"],
    ["Ｓｅｍｅｎ", "semen"],
  ])("%j → %j", (text, key) => {
    expect(normalizeName(text)).toBe(key);
  });

  it("keeps different names apart", () => {
    expect(normalizeName("Tukang batu")).not.toBe(normalizeName("Tukang kayu"));
    expect(normalizeName("Kaso 5/7")).not.toBe(normalizeName("Kaso 57"));
  });
});

describe("normalizeSatuan", () => {
  it.each([
    ["m3", "m3"],
    ["m³", "m3"],
    ["M3", "m3"],
    ["meter kubik", "m3"],
    ["m²", "m2"],
    ["OH", "oh"],
    ["oh", "oh"],
    ["O.H.", "oh"],
    ["Orang/Hari", "oh"],
    ["Orang / Hari", "oh"],
    ["kg", "kg"],
    ["Kg", "kg"],
    ["Kilogram", "kg"],
    ["m’", "m"],
    ["m'", "m"],
    ["Meter", "m"],
    ["Pcs", "buah"],
    ["bh", "buah"],
    ["Ltr", "liter"],
    ["Per hari", "hari"],
    ["Zak", "zak"],
    ["Sak", "zak"],
  ])("%j → %j", (text, key) => {
    expect(normalizeSatuan(text)).toBe(key);
  });

  it("keeps units that are not the same apart", () => {
    expect(normalizeSatuan("m")).not.toBe(normalizeSatuan("m2"));
    expect(normalizeSatuan("m2")).not.toBe(normalizeSatuan("m3"));
    expect(normalizeSatuan("buah")).not.toBe(normalizeSatuan("unit"));
    expect(normalizeSatuan("Orang/Bulan")).not.toBe(normalizeSatuan("OH"));
  });

  it("compares unknown units by their cleaned spelling", () => {
    expect(normalizeSatuan("Orang / Bulan")).toBe("orang/bulan");
    expect(normalizeSatuan("Persegi")).toBe("persegi");
  });
});

describe("normalizeKode", () => {
  it("ignores case and surrounding spaces only", () => {
    expect(normalizeKode(" tk-0005 ")).toBe(normalizeKode("TK-0005"));
    expect(normalizeKode("TK-0005")).not.toBe(normalizeKode("TK 0005"));
  });
});
