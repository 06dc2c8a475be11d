import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, type Kategori, UNIT_PRICE_ROUNDINGS } from "@/lib/calc";
import { dec } from "@/lib/calc/test-arbitraries";
import { compareProjects } from "./compare";
import { calcOf, type LineSpec, type PekerjaanSpec, pekerjaanSpec, type ProjectSpec } from "./test-projects";
import type { CompareRow, CompareSums, Comparison } from "./types";

const OPTIONS = { thresholdPercent: "10" };
const RESOURCES: [Kategori, string][] = [
  ["TK", "L.01"],
  ["TK", "L.02"],
  ["BHN", "B.01"],
  ["BHN", "B.02"],
  ["ALT", "E.01"],
  ["LAIN", "X.01"],
];

const arbLine = fc.record({ resource: fc.nat(RESOURCES.length - 1), koefisien: dec(10_000_000, 6) });
const arbPekerjaan = fc.record({
  volume: dec(10_000_000, 3),
  buk: fc.option(dec(2000, 2), { nil: null }),
  lines: fc.array(arbLine, { maxLength: 4 }),
  bundle: fc.option(fc.record({ target: fc.nat(), koefisien: dec(5_000_000, 6) }), { nil: null }),
});
type ArbPekerjaan = typeof arbPekerjaan extends fc.Arbitrary<infer T> ? T : never;

const arbSpec = fc.record({
  tree: fc.array(fc.array(fc.array(arbPekerjaan, { maxLength: 4 }), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }),
  harga: fc.array(dec(1_000_000_000, 2), { minLength: RESOURCES.length, maxLength: RESOURCES.length }),
  rate: dec(2000, 2),
  ppn: dec(2500, 2),
  roundingBase: fc.constantFrom(1, 1000, 10000, 100000),
  unitPriceRounding: fc.constantFrom(...UNIT_PRICE_ROUNDINGS),
});

const arbEdit = fc.oneof(
  fc.record({ kind: fc.constant("volume" as const), i: fc.nat(), value: dec(10_000_000, 3) }),
  fc.record({ kind: fc.constant("harga" as const), i: fc.nat(RESOURCES.length - 1), value: dec(1_000_000_000, 2) }),
  fc.record({ kind: fc.constant("koefisien" as const), i: fc.nat(), j: fc.nat(), value: dec(10_000_000, 6) }),
  fc.record({ kind: fc.constant("buk" as const), i: fc.nat(), value: fc.option(dec(2000, 2), { nil: null }) }),
  fc.record({ kind: fc.constant("add" as const), i: fc.nat(), pekerjaan: arbPekerjaan }),
  fc.record({ kind: fc.constant("remove" as const), i: fc.nat() }),
  fc.record({ kind: fc.constant("move" as const), i: fc.nat(), j: fc.nat() }),
  fc.record({ kind: fc.constant("rename" as const), i: fc.nat() }),
  fc.record({ kind: fc.constant("pricing" as const), rate: dec(2000, 2), ppn: dec(2500, 2) }),
);
type Edit = typeof arbEdit extends fc.Arbitrary<infer T> ? T : never;

function linesOf(g: ArbPekerjaan): LineSpec[] {
  return g.lines.map((l) => ({ kategori: RESOURCES[l.resource]![0], kode: RESOURCES[l.resource]![1], koefisien: l.koefisien }));
}

/** Pekerjaan at an even index may be bundled; those at an odd index may bundle one (depth 1, no cycle). */
function specOf(g: typeof arbSpec extends fc.Arbitrary<infer T> ? T : never): ProjectSpec {
  let n = 0;
  const klasifikasi = g.tree.map((subs, ki) => ({
    id: `k${ki}`,
    name: `Klasifikasi ${ki}`,
    sub: subs.map((items, si) => ({
      id: `k${ki}s${si}`,
      name: `Sub ${si}`,
      pekerjaan: items.map((p) => ({ g: p, spec: pekerjaanSpec(`p${n++}`, p.volume, linesOf(p), { buk: p.buk }) })),
    })),
  }));
  const all = klasifikasi.flatMap((k) => k.sub.flatMap((s) => s.pekerjaan));
  const bundled = all.filter((_, i) => i % 2 === 0).map((p) => p.spec.id);
  all.forEach(({ g: p, spec }, i) => {
    if (i % 2 === 1 && p.bundle && bundled.length > 0) {
      const target = bundled[p.bundle.target % bundled.length]!;
      spec.lines.push({ kategori: "LAIN", kode: `BUNDLE-${target}`, koefisien: p.bundle.koefisien, bundle: target });
    }
  });
  return {
    pricing: { overheadProfitPercent: g.rate, ppnPercent: g.ppn, roundingBase: g.roundingBase, unitPriceRounding: g.unitPriceRounding },
    harga: Object.fromEntries(RESOURCES.map(([, kode], i) => [kode, g.harga[i]!])),
    klasifikasi: klasifikasi.map((k) => ({ ...k, sub: k.sub.map((s) => ({ ...s, pekerjaan: s.pekerjaan.map((p) => p.spec) })) })),
  };
}

function placed(spec: ProjectSpec): { p: PekerjaanSpec; list: PekerjaanSpec[] }[] {
  return spec.klasifikasi.flatMap((k) => k.sub.flatMap((s) => s.pekerjaan.map((p) => ({ p, list: s.pekerjaan }))));
}

function applyEdits(base: ProjectSpec, edits: readonly Edit[]): ProjectSpec {
  const spec = structuredClone(base);
  const subs = spec.klasifikasi.flatMap((k) => k.sub);
  edits.forEach((edit, n) => {
    const all = placed(spec);
    const at = "i" in edit && all.length > 0 ? all[edit.i % all.length]! : null;
    switch (edit.kind) {
      case "volume":
        if (at) at.p.volume = edit.value;
        break;
      case "harga":
        spec.harga[RESOURCES[edit.i]![1]] = edit.value;
        break;
      case "koefisien":
        if (at && at.p.lines.length > 0) at.p.lines[edit.j % at.p.lines.length]!.koefisien = edit.value;
        break;
      case "buk":
        if (at) at.p.buk = edit.value;
        break;
      case "add":
        subs[edit.i % subs.length]!.pekerjaan.push(
          pekerjaanSpec(`new${n}`, edit.pekerjaan.volume, linesOf(edit.pekerjaan), { buk: edit.pekerjaan.buk }),
        );
        break;
      case "remove":
        if (!at) break;
        at.list.splice(at.list.indexOf(at.p), 1);
        // The bundle lines that named it go with it, as they must in a stored project.
        for (const other of placed(spec)) other.p.lines = other.p.lines.filter((l) => l.bundle !== at.p.id);
        break;
      case "move":
        if (!at) break;
        at.list.splice(at.list.indexOf(at.p), 1);
        subs[edit.j % subs.length]!.pekerjaan.push(at.p);
        break;
      case "rename":
        if (at) Object.assign(at.p, { kode: `${at.p.kode ?? ""}-r`, uraian: `${at.p.uraian} (ubah)` });
        break;
      case "pricing":
        Object.assign(spec.pricing, { overheadProfitPercent: edit.rate, ppnPercent: edit.ppn });
        break;
    }
  });
  return spec;
}

const d = (value: string | null) => new Decimal(value ?? 0);
const rowsOf = (c: Comparison): CompareRow[] => c.klasifikasi.flatMap((k) => k.subKlasifikasi.flatMap((s) => s.pekerjaan));

function expectSums(
  node: CompareSums,
  parts: readonly { jumlahBefore: string | null; jumlahAfter: string | null; tambah: string; kurang: string }[],
) {
  const sum = (pick: (p: (typeof parts)[number]) => string | null) => parts.reduce((s, p) => s.plus(d(pick(p))), new Decimal(0)).toFixed(2);
  expect(node).toMatchObject({
    jumlahBefore: sum((p) => p.jumlahBefore),
    jumlahAfter: sum((p) => p.jumlahAfter),
    tambah: sum((p) => p.tambah),
    kurang: sum((p) => p.kurang),
  });
}

/** Everything the numbers rule asks of a comparison. */
function expectReAdds(c: Comparison, from: ProjectSpec, to: ProjectSpec) {
  const rows = rowsOf(c);
  for (const row of rows) {
    const delta = d(row.jumlahAfter).minus(d(row.jumlahBefore));
    expect(row.jumlahDelta).toBe(delta.toFixed(2));
    expect(row.tambah).toBe(Decimal.max(delta, 0).toFixed(2));
    expect(row.kurang).toBe(Decimal.max(delta.negated(), 0).toFixed(2));
    expect(row.jumlahBefore === null).toBe(row.status === "added");
    expect(row.jumlahAfter === null).toBe(row.status === "removed");
  }
  for (const k of c.klasifikasi) {
    for (const s of k.subKlasifikasi) expectSums(s, s.pekerjaan);
    expectSums(k, k.subKlasifikasi);
  }
  const { totals } = c;
  const sumKlasifikasi = (pick: (k: CompareSums) => string) => c.klasifikasi.reduce((s, k) => s.plus(pick(k)), new Decimal(0)).toFixed(2);
  expect(sumKlasifikasi((k) => k.jumlahBefore)).toBe(totals.before.totalBiayaLangsung);
  expect(sumKlasifikasi((k) => k.jumlahAfter)).toBe(totals.after.totalBiayaLangsung);
  expect(sumKlasifikasi((k) => k.tambah)).toBe(totals.tambah);
  expect(sumKlasifikasi((k) => k.kurang)).toBe(totals.kurang);
  const dDelta = d(totals.after.totalBiayaLangsung).minus(totals.before.totalBiayaLangsung);
  expect(d(totals.tambah).minus(totals.kurang).toFixed(2)).toBe(dDelta.toFixed(2));
  expect(totals.net).toBe(dDelta.toFixed(2));
  // Each pekerjaan of either side is one row, by id.
  const ids = rows.map((r) => r.pekerjaanId);
  const expected = new Set([...placed(from), ...placed(to)].map(({ p }) => p.id));
  expect(ids).toHaveLength(expected.size);
  expect(new Set(ids)).toEqual(expected);
}

describe("compareProjects", () => {
  it("re-adds for random edits between two states: Σ tambah − Σ kurang = D after − D before", () => {
    fc.assert(
      fc.property(arbSpec, fc.array(arbEdit, { maxLength: 6 }), (g, edits) => {
        const from = specOf(g);
        const to = applyEdits(from, edits);
        expectReAdds(compareProjects(calcOf(from), calcOf(to), OPTIONS), from, to);
        // And backwards: what one direction adds, the other deducts.
        expectReAdds(compareProjects(calcOf(to), calcOf(from), OPTIONS), to, from);
      }),
      { numRuns: 200 },
    );
  });

  it("finds every row unchanged and a zero net when both sides are the same", () => {
    fc.assert(
      fc.property(arbSpec, (g) => {
        const calc = calcOf(specOf(g));
        const c = compareProjects(calc, calc, OPTIONS);
        expect(rowsOf(c).every((r) => r.status === "unchanged" && r.changes.length === 0 && r.lines === undefined)).toBe(true);
        expect(c.totals).toMatchObject({ tambah: "0.00", kurang: "0.00", net: "0.00", overThreshold: false });
      }),
      { numRuns: 50 },
    );
  });
});

const PRICING = { overheadProfitPercent: "10", ppnPercent: "11", roundingBase: 1000, unitPriceRounding: "0.01" as const };
const tk = (koefisien: string): LineSpec => ({ kategori: "TK", kode: "L.01", koefisien });
const bhn = (koefisien: string): LineSpec => ({ kategori: "BHN", kode: "B.01", koefisien });

function twoSubs(
  first: PekerjaanSpec[],
  second: PekerjaanSpec[],
  harga: Record<string, string> = { "L.01": "100000", "B.01": "50000" },
): ProjectSpec {
  return {
    pricing: PRICING,
    harga,
    klasifikasi: [
      { id: "k1", name: "Persiapan", sub: [{ id: "s1", name: "Umum", pekerjaan: first }] },
      { id: "k2", name: "Struktur", sub: [{ id: "s2", name: "Beton", pekerjaan: second }] },
    ],
  };
}

describe("identity", () => {
  it("compares a pekerjaan with a new kode and uraian in another sub-klasifikasi as changed, not removed and added", () => {
    const before = twoSubs([pekerjaanSpec("a", "2", [tk("1")], { kode: "1.1", uraian: "Galian tanah" })], []);
    const after = twoSubs([], [pekerjaanSpec("a", "2", [tk("1")], { kode: "2.7", uraian: "Galian tanah biasa" })]);
    const c = compareProjects(calcOf(before), calcOf(after), OPTIONS);
    const rows = rowsOf(c);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      pekerjaanId: "a",
      status: "changed",
      kode: "2.7",
      uraian: "Galian tanah biasa",
      tambah: "0.00",
      kurang: "0.00",
    });
    expect(rows[0]!.changes).toEqual(expect.arrayContaining(["kode", "uraian", "moved"]));
    expect(rows[0]!.changes).not.toContain("volume");
    // It sits where the "to" tree has it.
    expect(c.klasifikasi[1]!.subKlasifikasi[0]!.pekerjaan[0]!.pekerjaanId).toBe("a");
  });

  it("places a removed pekerjaan under its klasifikasi and sub-klasifikasi, and names the lines that changed", () => {
    const before = twoSubs([pekerjaanSpec("a", "1", [tk("1"), bhn("2")]), pekerjaanSpec("b", "3", [tk("1")])], []);
    const after = twoSubs([pekerjaanSpec("a", "1", [tk("1.5"), bhn("2")])], [pekerjaanSpec("c", "1", [bhn("1")])], {
      "L.01": "100000",
      "B.01": "60000",
    });
    const c = compareProjects(calcOf(before), calcOf(after), OPTIONS);
    const [a, b] = c.klasifikasi[0]!.subKlasifikasi[0]!.pekerjaan;
    expect(b).toMatchObject({
      pekerjaanId: "b",
      status: "removed",
      volumeAfter: null,
      jumlahAfter: null,
      jumlahBefore: "330000.00",
      kurang: "330000.00",
    });
    expect(c.klasifikasi[1]!.subKlasifikasi[0]!.pekerjaan[0]).toMatchObject({
      pekerjaanId: "c",
      status: "added",
      jumlahBefore: null,
      tambah: "66000.00",
    });
    expect(a!.changes).toEqual(["harga", "lines"]);
    expect(a!.lines).toEqual([
      {
        kategori: "TK",
        kode: "L.01",
        uraian: "Sumber daya L.01",
        koefisienBefore: "1.000000",
        koefisienAfter: "1.500000",
        hargaBefore: "100000.00",
        hargaAfter: "100000.00",
      },
      {
        kategori: "BHN",
        kode: "B.01",
        uraian: "Sumber daya B.01",
        koefisienBefore: "2.000000",
        koefisienAfter: "2.000000",
        hargaBefore: "50000.00",
        hargaAfter: "60000.00",
      },
    ]);
    // E 200.000 → 270.000, G 220.000 → 297.000.
    expect(a).toMatchObject({
      hargaSatuanBefore: "220000.00",
      hargaSatuanAfter: "297000.00",
      hargaSatuanDelta: "77000.00",
      tambah: "77000.00",
    });
  });
});

describe("totals", () => {
  const at = (volume: string) => calcOf(twoSubs([pekerjaanSpec("a", volume, [tk("1")])], []));

  it("gives the net change as a percentage of D before and flags only an increase above the threshold", () => {
    // D before 110.000 (G 110.000 × 1).
    expect(compareProjects(at("1"), at("1.1"), OPTIONS).totals).toMatchObject({
      net: "11000.00",
      netPercent: "10.00",
      overThreshold: false,
    });
    expect(compareProjects(at("1"), at("1.101"), OPTIONS).totals).toMatchObject({ netPercent: "10.10", overThreshold: true });
    expect(compareProjects(at("1"), at("0.5"), OPTIONS).totals).toMatchObject({
      net: "-55000.00",
      netPercent: "-50.00",
      overThreshold: false,
    });
    expect(compareProjects(at("1"), at("1.05"), { thresholdPercent: "4.5" }).totals).toMatchObject({
      thresholdPercent: "4.50",
      overThreshold: true,
    });
  });

  it("has no percentage when D before is 0, and flags any increase then", () => {
    expect(compareProjects(at("0"), at("1"), OPTIONS).totals).toMatchObject({ netPercent: null, overThreshold: true });
  });

  it("carries both sides' printed totals", () => {
    expect(compareProjects(at("1"), at("2"), OPTIONS).totals).toMatchObject({
      before: {
        totalBiayaLangsung: "110000.00",
        ppnPercent: "11.00",
        ppn: "12100.00",
        total: "122100.00",
        roundingBase: 1000,
        pembulatan: "122000.00",
      },
      after: { totalBiayaLangsung: "220000.00", ppn: "24200.00", total: "244200.00", pembulatan: "244000.00" },
      tambah: "110000.00",
      kurang: "0.00",
    });
  });
});
