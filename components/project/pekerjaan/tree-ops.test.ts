import { describe, expect, it } from "vitest";
import { editorRows, moveItem, moveKlasifikasi, movePekerjaan, moveSub, pekerjaanStep, type Tree } from "./tree-ops";

const p = (id: string) => ({
  id,
  kode: null,
  uraian: id,
  satuan: "m3",
  source: "custom" as const,
  volume: "0.000",
  volumeFormula: null,
  overheadProfitPercent: null,
  editVersion: 0,
  lineCount: 0,
  takeoff: [],
});
const tree: Tree = {
  klasifikasi: [
    {
      id: "k1",
      name: "I",
      position: 0,
      subKlasifikasi: [
        { id: "s1", name: "A", position: 0, pekerjaan: [p("a"), p("b")] },
        { id: "s2", name: "B", position: 1, pekerjaan: [] },
      ],
    },
    { id: "k2", name: "II", position: 1, subKlasifikasi: [{ id: "s3", name: "A", position: 0, pekerjaan: [p("c")] }] },
  ],
};
const ids = (t: Tree) =>
  t.klasifikasi.map((k) => k.subKlasifikasi.map((s) => `${s.id}:${s.pekerjaan.map((x) => x.id).join("")}`).join(" ")).join(" | ");

describe("pekerjaanStep", () => {
  it("moves within the sub-klasifikasi", () => {
    expect(pekerjaanStep(tree, "a", 1)).toEqual({ subKlasifikasiId: "s1", position: 1 });
    expect(pekerjaanStep(tree, "b", -1)).toEqual({ subKlasifikasiId: "s1", position: 0 });
  });
  it("crosses into the neighbouring sub-klasifikasi, even an empty one or another klasifikasi", () => {
    expect(pekerjaanStep(tree, "b", 1)).toEqual({ subKlasifikasiId: "s2", position: 0 });
    expect(pekerjaanStep(tree, "c", -1)).toEqual({ subKlasifikasiId: "s2", position: 0 });
  });
  it("stops at the ends of the tree", () => {
    expect(pekerjaanStep(tree, "a", -1)).toBeNull();
    expect(pekerjaanStep(tree, "c", 1)).toBeNull();
    expect(pekerjaanStep(tree, "zzz", 1)).toBeNull();
  });
});

describe("moves", () => {
  it("movePekerjaan places like the API", () => {
    expect(ids(movePekerjaan(tree, "a", { subKlasifikasiId: "s1", position: 1 }))).toBe("s1:ba s2: | s3:c");
    expect(ids(movePekerjaan(tree, "c", { subKlasifikasiId: "s1", position: 99 }))).toBe("s1:abc s2: | s3:");
  });
  it("moveKlasifikasi and moveSub reorder siblings", () => {
    expect(moveKlasifikasi(tree, "k2", 0).klasifikasi.map((k) => k.id)).toEqual(["k2", "k1"]);
    expect(moveSub(tree, "k1", "s1", 1).klasifikasi[0]!.subKlasifikasi.map((s) => s.id)).toEqual(["s2", "s1"]);
  });
  it("moveItem clamps", () => {
    expect(moveItem([1, 2, 3], 0, 10)).toEqual([2, 3, 1]);
    expect(moveItem([1, 2, 3], 2, -1)).toEqual([3, 1, 2]);
  });
});

describe("editorRows", () => {
  it("lists the tree top to bottom with an add row per klasifikasi and a placeholder per empty sub", () => {
    expect(editorRows(tree).map((r) => r.key)).toEqual([
      "k-k1",
      "s-s1",
      "p-a",
      "p-b",
      "s-s2",
      "empty-s2",
      "add-k1",
      "k-k2",
      "s-s3",
      "p-c",
      "add-k2",
    ]);
  });

  it("leaves the add rows out for someone who may not edit (a viewer)", () => {
    const keys = editorRows(tree, false).map((r) => r.key);
    expect(keys).toEqual(["k-k1", "s-s1", "p-a", "p-b", "s-s2", "empty-s2", "k-k2", "s-s3", "p-c"]);
  });
});
