import { describe, expect, it } from "vitest";
import type { JadwalPekerjaanView, JadwalView } from "@/lib/jadwal/types";
import {
  cellErrors,
  entryVersions,
  flattenJadwal,
  ganttSpan,
  nextPekerjaanRow,
  parseCell,
  parseClipboard,
  pasteEntries,
  pekerjaanOf,
  totalTone,
  withEntries,
  withVersions,
  withWriteResult,
} from "./grid-model";

function pekerjaan(id: string, fields: Partial<JadwalPekerjaanView> = {}): JadwalPekerjaanView {
  return {
    id,
    kode: null,
    uraian: id,
    satuan: "m3",
    volume: "1.000",
    hasVolume: true,
    planned: [null, null, null],
    actual: [null, null, null],
    actualCost: [null, null, null],
    notes: [],
    editVersions: [0, 0, 0],
    totals: { planned: "0.00", actual: "0.00", actualCost: "0.00" },
    complete: false,
    ...fields,
  };
}

const view = {
  klasifikasi: [
    { id: "k1", name: "Persiapan", subKlasifikasi: [{ id: "s1", name: "Umum", pekerjaan: [pekerjaan("a"), pekerjaan("b")] }] },
    { id: "k2", name: "Struktur", subKlasifikasi: [{ id: "s2", name: "Beton", pekerjaan: [pekerjaan("c")] }] },
  ],
  summary: { complete: false, pekerjaanCount: 3, incompletePekerjaan: 3 },
} as unknown as JadwalView;
const rows = flattenJadwal(view);

describe("rows", () => {
  it("groups pekerjaan under klasifikasi and sub-klasifikasi rows", () => {
    expect(rows.map((r) => `${r.kind}:${r.id}`)).toEqual([
      "klasifikasi:k1",
      "sub:s1",
      "pekerjaan:a",
      "pekerjaan:b",
      "klasifikasi:k2",
      "sub:s2",
      "pekerjaan:c",
    ]);
  });

  it("moves between pekerjaan rows over group rows, stopping at the ends", () => {
    expect(nextPekerjaanRow(rows, 3, 1)).toBe(6);
    expect(nextPekerjaanRow(rows, 6, -1)).toBe(3);
    expect(nextPekerjaanRow(rows, 6, 5)).toBe(6);
    expect(nextPekerjaanRow(rows, 2, -1)).toBe(2);
  });
});

describe("cells", () => {
  it("reads id-ID and dotted percents, empty as clearing, and refuses the rest", () => {
    expect(parseCell("12,5")).toEqual({ ok: true, value: "12.5" });
    expect(parseCell("33.33%")).toEqual({ ok: true, value: "33.33" });
    expect(parseCell("  ")).toEqual({ ok: true, value: null });
    expect(parseCell("100,01")).toEqual({ ok: false, error: "Maksimal 100%." });
    expect(parseCell("1,234")).toEqual({ ok: false, error: "Maksimal 2 angka di belakang koma." });
    expect(parseCell("abc").ok).toBe(false);
  });

  it("colours the total: under 100 a warning, above an error, no volume neutral", () => {
    const total = (planned: string, hasVolume = true) =>
      totalTone(pekerjaan("x", { hasVolume, totals: { planned, actual: "0.00", actualCost: "0.00" } }), "planned");
    expect([total("99.50"), total("100.00"), total("100.01"), total("0.00", false), total("5.00", false)]).toEqual([
      "under",
      "complete",
      "over",
      "none",
      "over",
    ]);
  });

  it("spans the Gantt bar from the first to the last planned week", () => {
    expect(ganttSpan([null, "0.00", "40.00", null, "60.00", null])).toEqual({ first: 2, last: 4 });
    expect(ganttSpan([null, "0.00"])).toBeNull();
  });
});

describe("paste", () => {
  it("splits a spreadsheet block by newline and tab", () => {
    expect(parseClipboard("10\t20\r\n30\t\n")).toEqual([
      ["10", "20"],
      ["30", ""],
    ]);
  });

  it("lays the block from the active cell over pekerjaan rows and weeks, cutting what falls outside", () => {
    const result = pasteEntries(parseClipboard("10\t20\t30\n5,5\t\n1\n2"), { row: 3, col: 1 }, rows, 3, "actual");
    expect(result).toEqual({
      ok: true,
      entries: [
        { pekerjaanId: "b", week: 2, actual: "10" },
        { pekerjaanId: "b", week: 3, actual: "20" },
        { pekerjaanId: "c", week: 2, actual: "5.5" },
        { pekerjaanId: "c", week: 3, actual: null },
      ],
    });
  });

  it("refuses the whole block when a cell is not a percent, naming it", () => {
    expect(pasteEntries([["10", "x"]], { row: 2, col: 0 }, rows, 3, "planned")).toEqual({
      ok: false,
      errors: ['Baris 1, kolom 2 ("x"): Bukan angka yang valid.'],
    });
  });
});

describe("saving", () => {
  const batch = [
    { pekerjaanId: "a", week: 1, planned: "60" },
    { pekerjaanId: "b", week: 3, planned: "50" },
  ];

  it("shows typed values at once, and the server's answer once saved", () => {
    const typed = withEntries(view, batch);
    expect(flattenJadwal(typed).flatMap((r) => (r.kind === "pekerjaan" ? [r.pekerjaan.planned] : []))).toEqual([
      ["60", null, null],
      [null, null, "50"],
      [null, null, null],
    ]);
    const saved = withWriteResult(typed, {
      pekerjaan: [{ ...pekerjaan("a"), planned: ["60.00", null, null], totals: { planned: "60.00", actual: "0.00", actualCost: "0.00" } }],
      summary: { complete: false, pekerjaanCount: 3, incompletePekerjaan: 3 },
    });
    const a = flattenJadwal(saved)[2];
    expect(a?.kind === "pekerjaan" && a.pekerjaan.totals.planned).toBe("60.00");
  });

  it("maps a 400's fields back to the cells of the batch", () => {
    const errors = cellErrors(
      [
        { path: "entries.1.planned", message: "B: total rencana menjadi 110,00%" },
        { path: "entries", message: "x" },
      ],
      batch,
    );
    expect([...errors]).toEqual([["b:2", "B: total rencana menjadi 110,00%"]]);
  });
});

describe("entry versions", () => {
  it("sends back each cell's version as last seen, 0 for a week without entry, and follows an answer", () => {
    const seen = { ...view, klasifikasi: [] } as unknown as JadwalView;
    const versions = entryVersions([pekerjaan("a", { editVersions: [0, 7, 0] }), pekerjaan("c", { editVersions: [3, 0, 0] })]);
    const batch = [
      { pekerjaanId: "a", week: 2, planned: "50" },
      { pekerjaanId: "c", week: 1, planned: null },
      { pekerjaanId: "c", week: 3, planned: "10" },
      { pekerjaanId: "zz", week: 1, planned: "10" },
    ];
    expect(withVersions(batch, versions).map((e) => e.editVersion)).toEqual([7, 3, 0, 0]);
    entryVersions([pekerjaan("a", { editVersions: [0, 9, 0] })], versions);
    expect(withVersions(batch.slice(0, 1), versions)[0]).toEqual({ pekerjaanId: "a", week: 2, planned: "50", editVersion: 9 });
    expect(pekerjaanOf(seen)).toEqual([]);
    expect(pekerjaanOf(view).map((p) => p.id)).toEqual(["a", "b", "c"]);
  });
});
