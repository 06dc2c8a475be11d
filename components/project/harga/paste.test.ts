import { describe, expect, it } from "vitest";
import { parsePaste } from "./paste";

const knownKode = new Set(["TK-0001", "TK-0005", "B-0152"]);
const visibleKode = ["TK-0001", "TK-0005", "B-0152"];
const read = (text: string, startIndex = 0) => parsePaste(text, { knownKode, visibleKode, startIndex });

describe("parsePaste: kode and harga rows", () => {
  it("reads kode\\tharga in both number styles, skipping a header", () => {
    expect(read("Kode\tHarga\nTK-0001\t115.000\r\nB-0152\t1234.5\n")).toEqual({
      ok: true,
      items: [
        { kode: "TK-0001", harga: "115000" },
        { kode: "B-0152", harga: "1234.5" },
      ],
    });
  });

  it("takes the last filled cell as the price (kode, uraian, satuan, harga)", () => {
    expect(read("TK-0005\tPekerja\tOH\tRp 90.000,00\t")).toEqual({ ok: true, items: [{ kode: "TK-0005", harga: "90000" }] });
  });

  it("names unknown kode and unreadable prices by row", () => {
    expect(read("TK-0001\t100000\nX-1\t5\nB-0152\tmahal")).toEqual({
      ok: false,
      errors: ["Baris 2: kode “X-1” tidak ada di daftar harga proyek.", "Baris 3: harga “mahal”: Bukan angka yang valid."],
    });
  });

  it("lets a later row of the same kode win", () => {
    expect(read("TK-0001\t1\nTK-0001\t2")).toEqual({ ok: true, items: [{ kode: "TK-0001", harga: "2" }] });
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
    });
  });

  it("refuses more prices than rows", () => {
    expect(read("1\n2\n3", 1)).toEqual({ ok: false, errors: ["Tempelan berisi 3 harga, tetapi dari baris terpilih hanya ada 2 item."] });
  });

  it("refuses more than 2 decimals and empty pastes", () => {
    expect(read("1,005")).toEqual({ ok: false, errors: ["Baris 1 (TK-0001): harga “1,005”: Maksimal 2 angka di belakang koma."] });
    expect(read("")).toEqual({ ok: false, errors: ["Tidak ada yang ditempel."] });
  });
});
