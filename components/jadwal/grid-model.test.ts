import { describe, expect, it } from "vitest";
import type { JadwalPekerjaanView, JadwalView } from "@/lib/jadwal/types";
import {
  cellEntry,
  cellErrors,
  entryVersions,
  flattenJadwal,
  ganttSpan,
  nextPekerjaanRow,
  parseCell,
  parseClipboard,
  pasteEntries,
  pekerjaanOf,
  sameValue,
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
    expect(parseCell("12,5", "planned")).toEqual({ ok: true, value: "12.5" });
    expect(parseCell("33.33%", "actual")).toEqual({ ok: true, value: "33.33" });
    expect(parseCell("  ", "planned")).toEqual({ ok: true, value: null });
    expect(parseCell("100,01", "planned")).toEqual({ ok: false, error: "Maksimal 100%." });
    expect(parseCell("1,234", "planned")).toEqual({ ok: false, error: "Maksimal 2 angka di belakang koma." });
    expect(parseCell("abc", "planned").ok).toBe(false);
  });

  it("reads an actual cost as rupiah through the same parser: thousands dots, Rp, no cap at 100", () => {
    expect(parseCell("1.500.000", "actualCost")).toEqual({ ok: true, value: "1500000" });
    expect(parseCell("Rp 250.000,50", "actualCost")).toEqual({ ok: true, value: "250000.5" });
    expect(parseCell("15.000", "actualCost")).toEqual({ ok: true, value: "15000" });
    expect(parseCell("", "actualCost")).toEqual({ ok: true, value: null });
    expect(parseCell("1.000,125", "actualCost")).toEqual({ ok: false, error: "Maksimal 2 angka di belakang koma." });
    expect(parseCell("-5", "actualCost")).toEqual({ ok: false, error: "Tidak boleh negatif." });
  });

  it("compares a typed value with the stored one as decimals, never as a float", () => {
    expect(sameValue("1500000", "1500000.00")).toBe(true);
    expect(sameValue("9999999999999999.99", "9999999999999999.98")).toBe(false);
    expect([sameValue(null, null), sameValue(null, "0.00"), sameValue("0", null)]).toEqual([true, false, false]);
  });

  it("colours the total: under 100 a warning, above an error, no volume neutral", () => {
    const total = (planned: string, hasVolume = true) =>
      totalTone(pekerjaan("x", { hasVolume, totals: { planned, actual: "0.00", actualCost: "0.00" } }), "planned");
    expect(totalTone(pekerjaan("x", { totals: { planned: "0.00", actual: "0.00", actualCost: "5000.00" } }), "actualCost")).toBe("plain");
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

  it("pastes actual costs as rupiah, judged as one block", () => {
    const block = parseClipboard("1.500.000\t250.000,50\n\t75000\n");
    expect(pasteEntries(block, { row: 2, col: 1 }, rows, 3, "actualCost")).toEqual({
      ok: true,
      entries: [
        { pekerjaanId: "a", week: 2, actualCost: "1500000" },
        { pekerjaanId: "a", week: 3, actualCost: "250000.5" },
        { pekerjaanId: "b", week: 2, actualCost: null },
        { pekerjaanId: "b", week: 3, actualCost: "75000" },
      ],
    });
    // A spreadsheet's dot decimals: 1234.5 is read as such, not as thousands.
    expect(pasteEntries([["1234.5", "1,500.25"]], { row: 2, col: 0 }, rows, 3, "actualCost")).toMatchObject({
      entries: [{ actualCost: "1234.5" }, { actualCost: "1500.25" }],
    });
    // 12.5 says dots are decimals, 15.000 in a price says thousands: asked, not guessed.
    const ambiguous = pasteEntries([["12.5", "15.000"]], { row: 2, col: 0 }, rows, 3, "actualCost");
    expect(ambiguous).toMatchObject({ ok: false, errors: [expect.stringContaining('"15.000": titik ini pemisah ribuan atau desimal?')] });
    expect(pasteEntries([["1.000,5", "2,000.5"]], { row: 2, col: 0 }, rows, 3, "actualCost")).toMatchObject({ ok: false });
    expect(pasteEntries([["5", "-1"]], { row: 2, col: 0 }, rows, 3, "actualCost")).toEqual({
      ok: false,
      errors: ['Baris 1, kolom 2 ("-1"): Tidak boleh negatif.'],
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

  it("writes an actual cost into its own field of the entry, shown at once and sent with the week's version", () => {
    const entry = cellEntry("b", 1, "actualCost", "250000.5");
    expect(entry).toEqual({ pekerjaanId: "b", week: 2, actualCost: "250000.5" });
    expect(withVersions([entry], entryVersions([pekerjaan("b", { editVersions: [0, 4, 0] })]))).toEqual([{ ...entry, editVersion: 4 }]);
    const typed = flattenJadwal(withEntries(view, [entry]))[3];
    expect(typed?.kind === "pekerjaan" && [typed.pekerjaan.actualCost, typed.pekerjaan.actual]).toEqual([
      [null, "250000.5", null],
      [null, null, null],
    ]);
    expect([...cellErrors([{ path: "entries.0.actualCost", message: "Angka terlalu besar." }], [entry])]).toEqual([
      ["b:1", "Angka terlalu besar."],
    ]);
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
