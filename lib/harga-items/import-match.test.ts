import { describe, expect, it } from "vitest";
import type { HargaFileRow } from "./import-file";
import { matchHargaFile, resolveUpdates } from "./import-match";
import type { MatchTarget } from "./types";

const item = (id: string, kode: string, uraian: string, satuan: string, harga = "0.00"): MatchTarget => ({
  id,
  kode,
  uraian,
  satuan,
  harga,
});

const ITEMS = [
  item("mandor", "TK-0001", "Mandor", "OH", "100000.00"),
  item("pekerja", "TK-0005", "Pekerja", "OH"),
  item("semen", "B-0152", "Semen Portland", "kg", "1500.00"),
  item("pasir", "B-0017", "Pasir Beton", "m3"),
  item("dolken1", "B-0165", "Dolken kayu dia. 8- 10 cm panjang 4 m", "batang"),
  item("dolken2", "B-0167", "Dolken kayu dia. 8- 10 cm panjang 4 m", "batang"),
];

let nextRow = 2;
function row(fields: Partial<HargaFileRow> & { harga: string }): HargaFileRow {
  return { row: nextRow++, kode: "", uraian: "", spesifikasi: "", satuan: "", ...fields };
}

describe("matchHargaFile", () => {
  it("matches by kode first, case and spaces aside", () => {
    const r = row({ kode: " tk-0001 ", uraian: "Mandor lapangan", satuan: "Orang/Hari", harga: "115000" });
    const { matched } = matchHargaFile([r], ITEMS);
    expect(matched).toEqual([
      expect.objectContaining({
        row: r.row,
        by: "kode",
        hargaItem: ITEMS[0],
        oldHarga: "100000.00",
        newHarga: "115000.00",
        changed: true,
        unitDiffers: false,
      }),
    ]);
  });

  it("falls back to normalized name and unit when the kode is unknown or absent", () => {
    const rows = [
      row({ kode: "X-9", uraian: "PASIR  BETON", satuan: "M³", harga: "313956" }),
      row({ uraian: "PEKERJAAN KONSTRUKSI", spesifikasi: "Pekerja", satuan: "Orang / Hari", harga: "90000" }),
      row({ uraian: "Semen Portland", spesifikasi: "50 kg", satuan: "Zak", harga: "80000" }),
    ];
    const result = matchHargaFile(rows, ITEMS);
    expect(result.matched.map((m) => [m.row, m.hargaItem.id, m.by])).toEqual([
      [rows[0]!.row, "pasir", "uraian"],
      [rows[1]!.row, "pekerja", "uraian"],
    ]);
    // Same name, another unit: a price per zak is no price per kg.
    expect(result.unmatched.map((u) => u.row)).toEqual([rows[2]!.row]);
  });

  it("prefers the most specific name a row goes by", () => {
    const items = [item("a", "A", "Kerikil", "m3"), item("b", "B", "Kerikil beton", "m3")];
    const { matched } = matchHargaFile([row({ uraian: "Kerikil", spesifikasi: "Beton", satuan: "m3", harga: "1" })], items);
    expect(matched[0]?.hargaItem.id).toBe("b");
  });

  it("lists every candidate when one row meets several items", () => {
    const r = row({ uraian: "Dolken Kayu Dia 8-10 cm Panjang 4 m", satuan: "Batang", harga: "108140" });
    const { ambiguous, matched } = matchHargaFile([r], ITEMS);
    expect(matched).toEqual([]);
    expect(ambiguous).toEqual([expect.objectContaining({ row: r.row, reason: "several-items", candidates: [ITEMS[4], ITEMS[5]] })]);
  });

  it("makes rows ambiguous that give one item different prices, and keeps equal repeats matched", () => {
    const a = row({ uraian: "Pekerja", satuan: "OH", harga: "90000" });
    const b = row({ kode: "TK-0005", harga: "80000" });
    const c = row({ uraian: "Pasir beton", satuan: "m3", harga: "300000" });
    const d = row({ uraian: "Pasir Beton", satuan: "M3", harga: "300000" });
    const result = matchHargaFile([a, b, c, d], ITEMS);
    expect(result.ambiguous.map((x) => [x.row, x.reason, x.candidates.map((i) => i.id)])).toEqual([
      [a.row, "several-rows", ["pekerja"]],
      [b.row, "several-rows", ["pekerja"]],
    ]);
    expect(result.matched.map((m) => m.row)).toEqual([c.row, d.row]);
  });

  it("flags a kode match whose unit differs, and an unchanged price", () => {
    const { matched } = matchHargaFile(
      [row({ kode: "B-0152", satuan: "Zak", harga: "65000" }), row({ kode: "TK-0001", satuan: "", harga: "100000" })],
      ITEMS,
    );
    expect(matched.map((m) => [m.hargaItem.kode, m.unitDiffers, m.changed])).toEqual([
      ["B-0152", true, true],
      ["TK-0001", false, false],
    ]);
  });
});

describe("resolveUpdates", () => {
  const rows = [
    row({ kode: "TK-0001", harga: "115000" }),
    row({ uraian: "Dolken kayu dia 8 10 cm panjang 4 m", satuan: "btg", harga: "108140" }),
    row({ kode: "B-0152", harga: "1500" }),
    row({ uraian: "Tidak ada", satuan: "kg", harga: "1" }),
  ];
  const [mandorRow, dolkenRow, semenRow, unknownRow] = rows.map((r) => r.row) as [number, number, number, number];
  const match = matchHargaFile(rows, ITEMS);

  it("prices matched rows, leaves ambiguous ones out, and counts unchanged prices", () => {
    const result = resolveUpdates(match, []);
    expect(result).toEqual({
      ok: true,
      value: { updates: [{ item: ITEMS[0], harga: "115000.00", rows: [mandorRow] }], unchanged: 1, skipped: 1 },
    });
  });

  it("prices the candidate chosen for an ambiguous row, and skips a matched row chosen away", () => {
    const result = resolveUpdates(match, [
      { row: dolkenRow, hargaItemId: "dolken2" },
      { row: mandorRow, hargaItemId: null },
    ]);
    expect(result.ok && result.value.updates.map((u) => [u.item.id, u.harga])).toEqual([["dolken2", "108140.00"]]);
    expect(result.ok && result.value.skipped).toBe(1);
  });

  it("refuses non-candidates, rows without candidates and repeated rows", () => {
    const result = resolveUpdates(match, [
      { row: dolkenRow, hargaItemId: "semen" },
      { row: unknownRow, hargaItemId: "semen" },
      { row: 999, hargaItemId: null },
      { row: semenRow, hargaItemId: "semen" },
      { row: semenRow, hargaItemId: null },
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: "choices.0.hargaItemId", message: `Harga item itu bukan kandidat baris ${dolkenRow}.` },
        { path: "choices.1.row", message: `Baris ${unknownRow} tidak punya kandidat harga item.` },
        { path: "choices.2.row", message: "Baris 999 tidak punya kandidat harga item." },
        { path: "choices.4.row", message: `Baris ${semenRow} dipilih lebih dari sekali.` },
      ],
    });
  });

  it("refuses two rows giving one item different prices", () => {
    const a = row({ uraian: "Pekerja", satuan: "OH", harga: "90000" });
    const b = row({ kode: "TK-0005", harga: "80000" });
    const conflict = matchHargaFile([a, b], ITEMS);
    const both = resolveUpdates(conflict, [
      { row: a.row, hargaItemId: "pekerja" },
      { row: b.row, hargaItemId: "pekerja" },
    ]);
    expect(both.ok).toBe(false);
    expect(!both.ok && both.problems[0]?.message).toContain("Kode TK-0005 diberi dua harga berbeda");
    const one = resolveUpdates(conflict, [{ row: b.row, hargaItemId: "pekerja" }]);
    expect(one.ok && one.value.updates.map((u) => u.harga)).toEqual(["80000.00"]);
  });
});
