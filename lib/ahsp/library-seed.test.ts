import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { parseSnapshot } from "@/lib/snapshot/validate";
import { pekerjaanOf } from "@/lib/snapshot/format";
import { loadAhspLibrary } from "../../prisma/seed/ahsp-library";
import { HARGA_DEMO, HARGA_DEMO_BY_KODE } from "../../prisma/seed/harga-demo";
import { SAMPLE_KODES, sampleProjectDocument } from "../../prisma/seed/sample-project";
import { NATIONAL_LIST } from "./test-support";

// The shipped library and the demo seed live in prisma/seed/ (outside the unit-test globs), so they are checked here.
describe("the shipped AHSP library", async () => {
  const { items, report } = await loadAhspLibrary();

  it("holds the whole national list, no row rejected, its defects reported as warnings", () => {
    expect(report.counts).toEqual(NATIONAL_LIST.counts);
    expect(report.warningsByType).toEqual({
      KOEFISIEN_ZERO: 373,
      NO_TK_LINE: 14,
      EMPTY_UNIT: 84,
      LABOUR_KOEFISIEN_HIGH: 1,
      // 13 in the source; 12 more where an item lists two trades, both tukang L.02 (1.1.1.1: kayu and batu).
      REPEATED_RESOURCE: 25,
      // 20 in the source; 3.5.2.2.2/3 now differ in their material only (their tukang were two codes).
      IDENTICAL_TO_NEIGHBOUR: 18,
    });
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ type: "IDENTICAL_TO_NEIGHBOUR", kode: "2.2.1.1.1", relatedKode: "2.2.1.1.2" }),
    );
  });

  it("codes the four standard labour roles L.01–L.04 and keeps the source's codes for the rest", () => {
    const codes = new Map<string, Set<string>>();
    for (const line of items.flatMap((i) => i.lines).filter((l) => l.kategori === "TK")) {
      const names = codes.get(line.kodeItem) ?? new Set();
      names.add(`${line.uraianItem} (${line.satuanItem})`);
      codes.set(line.kodeItem, names);
    }
    expect([...(codes.get("L.01") ?? [])]).toEqual(["Pekerja (OH)"]);
    expect([...(codes.get("L.04") ?? [])]).toEqual(["Mandor (OH)"]);
    expect([...(codes.get("L.03") ?? [])].sort()).toEqual(["Kepala tukang (OH)", "Kepala Tukang (OH)", "KepalaTukang (OH)"].sort());
    expect([...(codes.get("L.02") ?? [])].every((name) => /^tukang( (batu|tembok|kayu|besi|cat))?\b/i.test(name))).toBe(true);
    // Per-hour rates and specialist trades keep the extraction's codes.
    expect([...(codes.get("TK-0012") ?? [])]).toEqual(["Pekerja (OJ)"]);
    expect([...(codes.get("TK-0045") ?? [])]).toEqual(["Tukang Pipa (OH)"]);
    expect(codes.has("TK-0001") || codes.has("TK-0005") || codes.has("TK-0003")).toBe(false);
  });
});

describe("the demo account's sample project", async () => {
  const { items, report } = await loadAhspLibrary();
  const snapshot = parseSnapshot(sampleProjectDocument(items), "project", "Proyek contoh");
  const pekerjaan = pekerjaanOf(snapshot).map((p) => p.pekerjaan);

  it("is about 40 pekerjaan from the library in a klasifikasi tree, each with a volume", () => {
    expect(pekerjaan).toHaveLength(SAMPLE_KODES.length);
    expect(pekerjaan.length).toBeGreaterThanOrEqual(40);
    expect(snapshot.klasifikasi.map((k) => k.name)).toEqual(
      expect.arrayContaining(["Pekerjaan Persiapan", "Pekerjaan Tanah", "Pekerjaan Pondasi", "Pekerjaan Beton", "Pekerjaan Atap"]),
    );
    for (const p of pekerjaan) {
      expect(p.source).toBe("ref");
      expect(new Decimal(p.volume ?? 0).gt(0), p.kode ?? "").toBe(true);
    }
  });

  it("uses no item the importer warns about, beyond trades sharing the tukang code", () => {
    const warned = report.warnings.filter((w) => SAMPLE_KODES.includes(w.kode));
    expect(warned.filter((w) => !(w.type === "REPEATED_RESOURCE" && w.message.includes("(L.02)")))).toEqual([]);
  });

  it("prices every resource it uses, once, in whole rupiah and in the line's unit, and nothing else", () => {
    expect(new Set(HARGA_DEMO.map((h) => h.kodeItem)).size).toBe(HARGA_DEMO.length);
    for (const h of HARGA_DEMO) expect(h.harga, h.kodeItem).toMatch(/^[1-9]\d*$/);
    const byKode = new Map(items.map((i) => [i.kode, i]));
    const used = new Map(SAMPLE_KODES.flatMap((kode) => byKode.get(kode)?.lines.map((l) => [l.kodeItem, l.satuanItem] as const) ?? []));
    expect([...used.keys()].filter((k) => !HARGA_DEMO_BY_KODE.has(k))).toEqual([]);
    expect(HARGA_DEMO.filter((h) => !used.has(h.kodeItem)).map((h) => h.kodeItem)).toEqual([]);
    for (const h of HARGA_DEMO) expect(h.satuan, h.kodeItem).toBe(used.get(h.kodeItem));
    expect(snapshot.hargaItems.map((h) => h.kode).sort()).toEqual([...used.keys()].sort());
  });

  const price = (kode: string) => new Decimal(HARGA_DEMO_BY_KODE.get(kode) ?? "NaN");

  it("pays the crew by rank, with the standard's examples: pekerja 90.000, tukang 105.000, kepala tukang and mandor 115.000", () => {
    expect(["L.01", "L.02", "L.03", "L.04"].map((k) => HARGA_DEMO_BY_KODE.get(k))).toEqual(["90000", "105000", "115000", "115000"]);
  });

  it("prices a bulk material per kg as its per-m3 price over its density, to the rupiah", () => {
    const perKg = (perM3: string, kgPerM3: number) => price(perM3).div(kgPerM3).toDecimalPlaces(0).toString();
    expect(HARGA_DEMO_BY_KODE.get("B-0008")).toBe(perKg("B-0018", 1350)); // kerikil
    expect(HARGA_DEMO_BY_KODE.get("B-0010")).toBe(perKg("B-0017", 1400)); // pasir beton
  });

  it("plans every pekerjaan to 100% and has realisasi for the first six weeks only (parseSnapshot checked the jadwal rules)", () => {
    const planned = new Map<string, Decimal>();
    for (const e of snapshot.jadwal) planned.set(e.pekerjaan, (planned.get(e.pekerjaan) ?? new Decimal(0)).plus(e.planned ?? 0));
    expect(planned.size).toBe(pekerjaan.length);
    for (const [key, total] of planned) expect(total.toString(), key).toBe("100");
    const actualWeeks = new Set(snapshot.jadwal.filter((e) => e.actual !== null).map((e) => e.week));
    expect([...actualWeeks].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
