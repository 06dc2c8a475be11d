import { describe, expect, it } from "vitest";
import { auditDiff, hasDetails, summarizeDiff } from "./diff";
import { actionLabel, displayValue, entityLabel, entrySubject } from "./labels";

// Each before/after below has the shape its service records (the recordAudit call named above it).

const line = (kode: string, koefisien: string, extra: Record<string, unknown> = {}) => ({
  kategori: "BHN",
  kode,
  uraian: `Bahan ${kode}`,
  satuan: "kg",
  koefisien,
  bundlePekerjaanId: null,
  ...extra,
});

describe("auditDiff: lists, by key", () => {
  it("a price paste (harga-items PATCH): rows matched by kode whatever their order", () => {
    const diff = auditDiff(
      [
        { kode: "B.01", harga: "15000.00" },
        { kode: "L.01", harga: "100000.00" },
      ],
      [
        { kode: "L.01", harga: "120000.00" },
        { kode: "B.01", harga: "16500.00" },
      ],
    );
    expect(diff.fields).toEqual([]);
    expect(diff.lists).toHaveLength(1);
    expect(diff.lists[0]!.field).toBeNull();
    expect(diff.lists[0]!.rows.map((r) => [r.key, r.status, r.fields])).toEqual([
      [{ kode: "L.01" }, "changed", [{ field: "harga", before: "100000.00", after: "120000.00", changed: true }]],
      [{ kode: "B.01" }, "changed", [{ field: "harga", before: "15000.00", after: "16500.00", changed: true }]],
    ]);
    expect(summarizeDiff(diff)).toBe("2 baris: 2 diubah");
  });

  it("a lines replace (pekerjaan.lines): changed, added, removed and unchanged lines; a kode used twice stays two rows", () => {
    const before = { editVersion: 3, lines: [line("B.01", "11.500000"), line("B.02", "0.043000"), line("L.01", "0.200000")] };
    const after = {
      editVersion: 4,
      lines: [line("L.01", "0.200000"), line("B.01", "12.000000"), line("B.03", "1.000000"), line("B.03", "2.000000")],
    };
    const diff = auditDiff(before, after);
    // The editVersion counter moves with every save: it is no change of the estimate.
    expect(diff.fields).toEqual([]);
    const [lines] = diff.lists;
    expect(lines!.field).toBe("lines");
    expect(lines!.unchanged).toBe(1);
    expect(lines!.rows.map((r) => [r.key.kode, r.occurrence, r.status])).toEqual([
      ["B.01", 1, "changed"],
      ["B.03", 1, "added"],
      ["B.03", 2, "added"],
      ["B.02", 1, "removed"],
    ]);
    expect(lines!.rows[0]!.fields).toEqual([{ field: "koefisien", before: "11.500000", after: "12.000000", changed: true }]);
    // An added or removed line shows what it holds; its key is the row's name and a null bundle id is noise.
    expect(lines!.rows[1]!.fields.map((f) => [f.field, f.after])).toEqual([
      ["kategori", "BHN"],
      ["uraian", "Bahan B.03"],
      ["satuan", "kg"],
      ["koefisien", "1.000000"],
    ]);
    expect(lines!.rows[3]!.fields.map((f) => [f.field, f.before, f.after])).toContainEqual(["koefisien", "0.043000", undefined]);
    expect(summarizeDiff(diff)).toBe("4 baris: 1 diubah, 2 ditambah, 1 dihapus");
  });

  it("a volume paste (PUT volumes): rows keyed by pekerjaan id", () => {
    const diff = auditDiff(
      [
        { id: "p1", volume: "10.000", volumeFormula: null },
        { id: "p2", volume: "1.000", volumeFormula: null },
      ],
      [
        { id: "p1", volume: "12.500", volumeFormula: null },
        { id: "p2", volume: "20.000", volumeFormula: "panjang*lebar" },
      ],
    );
    expect(diff.lists[0]!.rows.map((r) => [r.key, r.fields.map((f) => f.field)])).toEqual([
      [{ id: "p1" }, ["volume"]],
      [{ id: "p2" }, ["volume", "volumeFormula"]],
    ]);
  });

  it("a jadwal batch (jadwal update): entries keyed by pekerjaan and week", () => {
    const entry = (pekerjaanId: string, week: number, planned: string | null) => ({
      pekerjaanId,
      week,
      planned,
      actual: null,
      actualCost: null,
      note: null,
    });
    const diff = auditDiff(
      { entries: [entry("p1", 1, null), entry("p1", 2, "50")] },
      { entries: [entry("p1", 1, "25"), entry("p1", 2, null)] },
    );
    expect(diff.lists[0]!.rows.map((r) => [r.key, r.status, r.fields.map((f) => [f.field, f.before, f.after])])).toEqual([
      [{ pekerjaanId: "p1", week: 1 }, "changed", [["planned", null, "25"]]],
      [{ pekerjaanId: "p1", week: 2 }, "changed", [["planned", "50", null]]],
    ]);
  });

  it("sums up fields and rows together", () => {
    const diff = auditDiff({ name: "A", items: [{ kode: "x", harga: "1" }] }, { name: "B", items: [{ kode: "x", harga: "2" }] });
    expect(summarizeDiff(diff)).toBe("1 kolom diubah; 1 baris: 1 diubah");
  });

  it("rows without a key field are compared by position", () => {
    const diff = auditDiff({ items: [{ a: 1 }, { a: 2 }] }, { items: [{ a: 1 }, { a: 3 }] });
    expect(diff.lists[0]!.rows.map((r) => [r.key, r.status])).toEqual([[{ baris: 2 }, "changed"]]);
  });
});

describe("auditDiff: flat objects", () => {
  it("a project update: only the sent fields, the changed ones marked", () => {
    const diff = auditDiff(
      { name: "Gedung A", startDate: "2026-01-05", ownerBudget: null },
      { name: "Gedung B", startDate: "2026-01-05", ownerBudget: "1500000000.00" },
    );
    expect(diff.fields.map((f) => [f.field, f.changed])).toEqual([
      ["name", true],
      ["startDate", false],
      ["ownerBudget", true],
    ]);
    expect(diff.lists).toEqual([]);
    expect(summarizeDiff(diff)).toBe("2 kolom diubah");
  });

  it("one volume (PUT volume): the pekerjaan's own id is left out, it names the entry", () => {
    const diff = auditDiff({ id: "p1", volume: "10.000", volumeFormula: null }, { id: "p1", volume: "12.500", volumeFormula: null });
    expect(diff.fields).toEqual([
      { field: "volume", before: "10.000", after: "12.500", changed: true },
      { field: "volumeFormula", before: null, after: null, changed: false },
    ]);
  });

  it("a transfer: an id that changed is the change", () => {
    const diff = auditDiff({ ownerId: "u1" }, { ownerId: "u2" });
    expect(diff.fields).toEqual([{ field: "ownerId", before: "u1", after: "u2", changed: true }]);
  });

  it("a parameter update: a field only the after records counts as changed", () => {
    const diff = auditDiff({ id: "x", name: "panjang", value: "8" }, { id: "x", name: "panjang", value: "9", reevaluated: 2 });
    expect(diff.fields.filter((f) => f.changed).map((f) => f.field)).toEqual(["value", "reevaluated"]);
  });

  it("a deletion records one side: nothing is 'changed', the values are what was removed", () => {
    // klasifikasi deleteSubtree
    const diff = auditDiff({ name: "Pekerjaan Persiapan", pekerjaanCount: 4 }, undefined);
    expect(diff.sides).toEqual({ before: true, after: false });
    expect(diff.fields).toEqual([
      { field: "name", before: "Pekerjaan Persiapan", after: undefined, changed: false },
      { field: "pekerjaanCount", before: 4, after: undefined, changed: false },
    ]);
    expect(summarizeDiff(diff)).toBe("");
    expect(hasDetails(diff)).toBe(true);
  });

  it("a pekerjaan deletion: its fields, and its lines all removed; ids hidden", () => {
    const diff = auditDiff(
      { id: "p1", subKlasifikasiId: "s1", kode: "K.1", uraian: "Pagar", volume: "2.000", lines: [line("B.01", "1.000000")] },
      null,
    );
    expect(diff.fields.map((f) => f.field)).toEqual(["kode", "uraian", "volume"]);
    expect(diff.lists[0]!.rows.map((r) => [r.key.kode, r.status])).toEqual([["B.01", "removed"]]);
  });

  it("an archive records nothing but its action", () => {
    const diff = auditDiff(null, undefined);
    expect(hasDetails(diff)).toBe(false);
  });
});

describe("displayValue", () => {
  it("shows decimals as their grid does, in id-ID", () => {
    expect(displayValue("harga", "1650000.00")).toBe("1.650.000,00");
    expect(displayValue("harga", "15000")).toBe("15.000,00");
    expect(displayValue("volume", "12.500")).toBe("12,5");
    expect(displayValue("koefisien", "0.043000")).toBe("0,043");
    expect(displayValue("ppnPercent", "11.00")).toBe("11");
    expect(displayValue("value", "-2.125")).toBe("-2,125");
  });

  it("leaves codes and names that look like numbers alone", () => {
    expect(displayValue("kode", "1.1")).toBe("1.1");
    expect(displayValue("name", "2026")).toBe("2026");
    expect(displayValue("volumeFormula", "panjang*2.5")).toBe("panjang*2.5");
  });

  it("names codes, dates, empties and ids", () => {
    expect(displayValue("kategori", "TK")).toBe("Tenaga kerja");
    expect(displayValue("role", "viewer")).toBe("Peninjau");
    expect(displayValue("startDate", "2026-01-05")).toBe("5 Jan 2026");
    expect(displayValue("ownerBudget", null)).toBe("(kosong)");
    expect(displayValue("durationDays", 1200)).toBe("1.200");
    expect(displayValue("ownerId", "u2", { u2: "Ani" })).toBe("Ani");
    expect(displayValue("ownerId", "u3", { u2: "Ani" })).toBe("u3");
  });

  it("counts a position from 1, as a reader does (klasifikasi, sub-klasifikasi and pekerjaan moves)", () => {
    expect(displayValue("position", 0)).toBe("1");
    expect(displayValue("position", 11)).toBe("12");
  });
});

describe("labels", () => {
  it("names each kind in Indonesian", () => {
    expect(entityLabel("jadwal")).toBe("Jadwal");
    expect(entityLabel("hargaItems")).toBe("Harga Items");
    expect(actionLabel("update")).toBe("diubah");
  });

  it("shows a kind or action it does not know as recorded", () => {
    expect(entityLabel("something.new")).toBe("something.new");
    expect(actionLabel("merge")).toBe("merge");
  });
});

describe("entrySubject", () => {
  const entry = (entity: string, entityId: string | null, before: unknown, after: unknown) => ({ entity, entityId, before, after });

  it("names a pekerjaan by the page's names, else by what the entry recorded", () => {
    const names = { p1: "K.1 Pagar" };
    expect(entrySubject(entry("pekerjaan.volume", "p1", { id: "p1", volume: "1.000" }, { id: "p1", volume: "2.000" }), names)).toBe(
      "K.1 Pagar",
    );
    expect(entrySubject(entry("pekerjaan", "p9", { id: "p9", kode: "K.9", uraian: "Gudang" }, undefined), names)).toBe("K.9 Gudang");
    const harga = { kategori: "BHN", kode: "B.01", uraian: "Semen", satuan: "kg", harga: "1.00" };
    expect(entrySubject(entry("hargaItems", "h1", harga, { ...harga, harga: "2.00" }), names)).toBe("B.01 Semen");
    expect(entrySubject(entry("parameter", "x", undefined, { id: "x", name: "panjang", value: "8" }), names)).toBe("panjang");
    // klasifikasi and sub-klasifikasi updates: a rename names the node by its new name
    expect(entrySubject(entry("subKlasifikasi", "s1", { name: "Kolom" }, { name: "Balok" }), names)).toBe("Balok");
    expect(entrySubject(entry("member", "u1", { role: "editor" }, { role: "viewer" }), names)).toBeNull();
    expect(entrySubject(entry("invitation", null, undefined, { email: "a@b.id", role: "viewer" }), names)).toBe("a@b.id");
  });

  it("says nothing for the project itself, or for a list", () => {
    expect(entrySubject(entry("project", "pr", { name: "A" }, { name: "B" }), {})).toBeNull();
    expect(entrySubject(entry("hargaItems", null, [{ kode: "B.01" }], [{ kode: "B.01" }]), {})).toBeNull();
  });
});
