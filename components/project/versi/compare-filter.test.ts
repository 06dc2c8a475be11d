import { describe, expect, it } from "vitest";
import type { CompareKlasifikasi, CompareRow, CompareStatus } from "@/lib/versions/types";
import { changesText, filterComparison } from "./compare-filter";

/** A row of the given status; the figures do not matter to the filters. */
function row(pekerjaanId: string, status: CompareStatus): CompareRow {
  const side = status === "added" ? null : "1.00";
  const after = status === "removed" ? null : "1.00";
  return {
    pekerjaanId,
    kode: pekerjaanId.toUpperCase(),
    uraian: `Pekerjaan ${pekerjaanId}`,
    satuan: "m3",
    status,
    volumeBefore: side,
    volumeAfter: after,
    volumeDelta: "0.000",
    hargaSatuanBefore: side,
    hargaSatuanAfter: after,
    hargaSatuanDelta: "0.00",
    jumlahBefore: side,
    jumlahAfter: after,
    jumlahDelta: "0.00",
    tambah: "0.00",
    kurang: "0.00",
    changes: status === "changed" ? ["volume"] : [],
  };
}

const SUMS = { jumlahBefore: "12.00", jumlahAfter: "15.00", tambah: "3.00", kurang: "0.00" };

function klasifikasi(id: string, name: string, rows: CompareRow[]): CompareKlasifikasi {
  return { id, name, ...SUMS, subKlasifikasi: [{ id: `${id}-s`, name: "Umum", ...SUMS, pekerjaan: rows }] };
}

// Persiapan: a unchanged, b changed; Struktur: c removed, d added.
const comparison = {
  klasifikasi: [
    klasifikasi("k1", "Persiapan", [row("a", "unchanged"), row("b", "changed")]),
    klasifikasi("k2", "Struktur", [row("c", "removed"), row("d", "added")]),
  ],
};

const ids = (tree: ReturnType<typeof filterComparison>) =>
  tree.flatMap((k) => k.subKlasifikasi.flatMap((s) => s.pekerjaan.map((p) => p.id)));

describe("filterComparison", () => {
  it("shows every row with its stable id as the grid's row key", () => {
    const tree = filterComparison(comparison.klasifikasi, { show: "all", klasifikasiId: "" });
    expect(ids(tree).sort()).toEqual(["a", "b", "c", "d"]);
    expect(tree[0]!.subKlasifikasi[0]!.pekerjaan.every((p) => p.id === p.pekerjaanId)).toBe(true);
  });

  it("only changed leaves out unchanged rows and the groups they empty", () => {
    const tree = filterComparison(comparison.klasifikasi, { show: "changed", klasifikasiId: "" });
    expect(ids(tree).sort()).toEqual(["b", "c", "d"]);
  });

  it("only added or removed keeps those two, and drops a klasifikasi left empty", () => {
    const tree = filterComparison(comparison.klasifikasi, { show: "addedRemoved", klasifikasiId: "" });
    expect(tree.map((k) => k.name)).toEqual(["Struktur"]);
    expect(ids(tree).sort()).toEqual(["c", "d"]);
  });

  it("one klasifikasi, with its subtotals as the comparison computed them", () => {
    const tree = filterComparison(comparison.klasifikasi, { show: "changed", klasifikasiId: "k1" });
    expect(ids(tree)).toEqual(["b"]);
    const original = comparison.klasifikasi.find((k) => k.id === "k1")!;
    expect(tree[0]!.jumlahBefore).toBe(original.jumlahBefore);
    expect(tree[0]!.tambah).toBe(original.tambah);
  });

  it("keeps empty groups when nothing is filtered, like the Rekap RAB", () => {
    const empty = [klasifikasi("k1", "Persiapan", []), klasifikasi("k2", "Struktur", [])];
    expect(filterComparison(empty, { show: "all", klasifikasiId: "" }).map((k) => k.subKlasifikasi.length)).toEqual([1, 1]);
    expect(filterComparison(empty, { show: "changed", klasifikasiId: "" })).toEqual([]);
  });
});

describe("changesText", () => {
  it("names the changes in Indonesian", () => {
    expect(changesText(["volume", "harga", "lines", "buk", "uraian", "kode", "satuan", "moved"])).toBe(
      "volume, harga, analisa, BUK, uraian, kode, satuan, dipindah",
    );
    expect(changesText([])).toBe("");
  });
});
