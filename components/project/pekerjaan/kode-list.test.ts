import { describe, expect, it } from "vitest";
import { parseKodeList } from "./kode-list";

describe("parseKodeList", () => {
  it("reads one kode per line, in order", () => {
    expect(parseKodeList("2.2.1.4\n3.1.1.1\nA.4.1.1.7").kodes).toEqual(["2.2.1.4", "3.1.1.1", "A.4.1.1.7"]);
  });

  it("passes over blank lines and trims spaces, in any line ending", () => {
    expect(parseKodeList("\r\n  2.2.1.4  \r\n\r\n\t3.1.1.1\r\r\n")).toEqual({ kodes: ["2.2.1.4", "3.1.1.1"], duplicates: 0, skipped: 0 });
  });

  it("takes the first cell of rows copied with their trailing columns (tabs, spaces, CSV)", () => {
    const text = [
      "2.2.1.4\tGalian tanah biasa\tm3\t12,5",
      "3.1.1.1   Urugan pasir   m3",
      "1.1.1.1;Pagar sementara;m'",
      "4.2.1,Beton,m3",
    ].join("\n");
    expect(parseKodeList(text).kodes).toEqual(["2.2.1.4", "3.1.1.1", "1.1.1.1", "4.2.1"]);
  });

  it("skips a leading row-number column, and rows without a kode (headers, section titles)", () => {
    const text = ["No\tKode\tUraian", "I\tPEKERJAAN PERSIAPAN", "1\t1.1.1.1\tPagar", "2.\t2.2.1.4\tGalian", "12\t\t"].join("\n");
    expect(parseKodeList(text)).toEqual({ kodes: ["1.1.1.1", "2.2.1.4"], duplicates: 0, skipped: 3 });
  });

  it("drops duplicates whatever their case, keeping the first spelling", () => {
    expect(parseKodeList("A.2.1\n2.2.1.4\na.2.1\n2.2.1.4\nA.2.1")).toEqual({ kodes: ["A.2.1", "2.2.1.4"], duplicates: 3, skipped: 0 });
  });

  it("unquotes cells a spreadsheet quoted", () => {
    expect(parseKodeList('"2.2.1.4"\t"Galian"\n“3.1.1.1”').kodes).toEqual(["2.2.1.4", "3.1.1.1"]);
  });

  it("an empty paste reads nothing", () => {
    expect(parseKodeList(" \n\t\n")).toEqual({ kodes: [], duplicates: 0, skipped: 0 });
  });
});
