import { describe, expect, it } from "vitest";
import { resolveNestedKode } from "./nested";
import { HEADER, item, line, parseOk, row, toCsv } from "./test-support";

describe("resolveNestedKode", () => {
  const beton = item("2.2.1.4.5", [line(1, "TK", "TK-5", "1")], { uraian: "Pembuatan 1 m3 beton fc' 15 MPa" });

  it("links LAIN lines naming another item by kodeItem, kode token, or uraian", () => {
    const bundle = item("1.1.4.5", [
      line(1, "LAIN", "2.2.1.4.5", "0.013", "Beton"),
      line(2, "LAIN", "LN-1", "0.013", "Beton (lihat 2.2.1.4.5.)"),
      line(3, "LAIN", "LN-2", "0.013", "pembuatan 1 m3  BETON fc' 15 MPa"),
      line(4, "LAIN", "LN-3", "0.4", "Bekisting"),
      line(5, "BHN", "2.2.1.4.5", "1", "not a bundle: only LAIN lines are links"),
    ]);
    const [outBundle] = resolveNestedKode([bundle, beton]);
    expect(outBundle?.lines.map((l) => l.nestedKode)).toEqual(["2.2.1.4.5", "2.2.1.4.5", "2.2.1.4.5", undefined, undefined]);
    expect(outBundle?.lines[3]).not.toHaveProperty("nestedKode");
  });

  it("never links an item to itself, and ignores bare numbers", () => {
    const one = item("1", [line(1, "LAIN", "LN-1", "1", "1 set")]);
    const self = item("2.1", [line(1, "LAIN", "2.1", "1", "2.1")]);
    expect(resolveNestedKode([one, self]).flatMap((i) => i.lines.map((l) => l.nestedKode))).toEqual([undefined, undefined]);
  });

  it("does not modify its input and returns unchanged items as they are", () => {
    const bundle = item("1", [line(1, "LAIN", "2.2.1.4.5", "1")]);
    const out = resolveNestedKode([bundle, beton]);
    expect(bundle.lines[0]).not.toHaveProperty("nestedKode");
    expect(out[1]).toBe(beton);
  });

  it("is applied by the file parser", async () => {
    const csv = toCsv([[...HEADER], row("1.1", "LAIN", "2.2", "Lihat 2.2", "0.5"), row("2.2", "TK", "TK-5", "Pekerja", "1")]);
    const { items } = await parseOk(csv);
    expect(items[0]?.lines[0]?.nestedKode).toBe("2.2");
  });
});
