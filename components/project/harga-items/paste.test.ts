import { describe, expect, it } from "vitest";
import { parsePaste } from "./paste";

const knownKode = new Set(["TK-0001", "TK-0005", "B-0152"]);
const visibleKode = ["TK-0001", "TK-0005", "B-0152"];
const read = (text: string, startIndex = 0) => parsePaste(text, { knownKode, visibleKode, startIndex });

describe("parsePaste: kode and harga rows", () => {
  it("reads kode\\tharga, skipping a header", () => {
    expect(read("Kode\tHarga\nTK-0001\t115.000\r\nB-0152\t1234,5\n")).toEqual({
      ok: true,
      items: [
        { kode: "TK-0001", harga: "115000" },
        { kode: "B-0152", harga: "1234.5" },
      ],
      notes: [],
    });
    expect(read("TK-0001\t1,234.5\nB-0152\t1234.5")).toEqual({
      ok: true,
      items: [
        { kode: "TK-0001", harga: "1234.5" },
        { kode: "B-0152", harga: "1234.5" },
      ],
      notes: [],
    });
  });

  it("asks once when the block's dot decimals contradict a price's 15.000, then reads it as chosen", () => {
    const text = "TK-0001\t115.000\nB-0152\t1234.5";
    expect(read(text)).toEqual({ ok: false, ask: "115.000" });
    const chosen = (separator: "comma" | "dot") => parsePaste(text, { knownKode, visibleKode, startIndex: 0, separator });
    expect(chosen("dot")).toEqual({
      ok: true,
      items: [
        { kode: "TK-0001", harga: "115" },
        { kode: "B-0152", harga: "1234.5" },
      ],
      notes: [],
    });
    // The answer is about the ambiguous values; 1234.5 has one reading either way.
    expect(chosen("comma")).toEqual({
      ok: true,
      items: [
        { kode: "TK-0001", harga: "115000" },
        { kode: "B-0152", harga: "1234.5" },
      ],
      notes: [],
    });
  });
  it("takes the last filled cell as the price (kode, uraian, satuan, harga)", () => {
    expect(read("TK-0005\tPekerja\tOH\tRp 90.000,00\t")).toEqual({ ok: true, items: [{ kode: "TK-0005", harga: "90000" }], notes: [] });
  });

  it("names unknown kode and unreadable prices by row", () => {
    expect(read("TK-0001\t100000\nX-1\t5\nB-0152\tmahal")).toEqual({
      ok: false,
      errors: ["Baris 2: kode “X-1” tidak ada di daftar harga proyek.", "Baris 3: harga “mahal”: Bukan angka yang valid."],
    });
  });

  it("lets a later row of the same kode win", () => {
    expect(read("TK-0001\t1\nTK-0001\t2")).toEqual({ ok: true, items: [{ kode: "TK-0001", harga: "2" }], notes: [] });
  });
});

describe("parsePaste: a column of prices", () => {
  it("fills the shown rows downwards from the focused one", () => {
    expect(read("90.000\n1.500,5", 1)).toEqual({
      ok: true,
      items: [
        { kode: "TK-0005", harga: "90000" },
        { kode: "B-0152", harga: "1500.5" },
      ],
      notes: [],
    });
  });

  it("refuses more prices than rows", () => {
    expect(read("1\n2\n3", 1)).toEqual({ ok: false, errors: ["Tempelan berisi 3 harga, tetapi dari baris terpilih hanya ada 2 item."] });
  });

  it("refuses empty pastes", () => {
    expect(read("")).toEqual({ ok: false, errors: ["Tidak ada yang ditempel."] });
  });
});

describe("parsePaste: the block as a whole", () => {
  it("rounds prices of more than 2 decimals half-up to the sen, with a note", () => {
    expect(read("TK-0001\t16.066,875\nB-0152\t1.234,5")).toEqual({
      ok: true,
      items: [
        { kode: "TK-0001", harga: "16066.88" },
        { kode: "B-0152", harga: "1234.5" },
      ],
      notes: ["Baris 1 (TK-0001): 16.066,875 dibulatkan menjadi 16.066,88."],
    });
  });

  it("a lone dot is thousands in a price, and so in a comma-decimal block", () => {
    expect(read("15.000\n2,5")).toEqual({
      ok: true,
      items: [
        { kode: "TK-0001", harga: "15000" },
        { kode: "TK-0005", harga: "2.5" },
      ],
      notes: [],
    });
  });

  it("a dot-decimal block reads its commas as thousands", () => {
    expect(read("1,234.5\n2,125")).toEqual({
      ok: true,
      items: [
        { kode: "TK-0001", harga: "1234.5" },
        { kode: "TK-0005", harga: "2125" },
      ],
      notes: [],
    });
  });
  it("refuses a block mixing both styles", () => {
    expect(read("1.234,5\n1,234.5")).toEqual({
      ok: false,
      errors: ["Tempelan memakai dua gaya angka sekaligus (mis. 1.234,5 dan 1,234.5). Samakan dahulu, lalu tempel lagi."],
    });
  });
});
