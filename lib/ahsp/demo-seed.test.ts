import { createHash } from "node:crypto";
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { loadDemoLibrary } from "../../prisma/seed/ahsp-demo";
import { HARGA_DEMO, HARGA_DEMO_BY_KODE } from "../../prisma/seed/harga-demo";
import type { AhspItem } from "./types";
import { validateAhspItems } from "./validate-items";

/**
 * Every parsed field in file order, line positions included (the content hash leaves
 * positions out). The expected values were taken from the TypeScript literal the CSV
 * replaced, so a changed, lost or reordered row fails here.
 */
function fingerprint(items: readonly AhspItem[]): string {
  const records = items.map((i) => [
    i.kode,
    i.uraian,
    i.satuan,
    i.citation ?? null,
    i.klasifikasi ?? null,
    i.subKlasifikasi ?? null,
    i.lines.map((l) => [l.position, l.kategori, l.kodeItem, l.uraianItem, l.satuanItem, l.koefisien, l.nestedKode ?? null]),
  ]);
  return createHash("sha256").update(JSON.stringify(records)).digest("hex");
}

const FROM_OLD_LITERAL = {
  counts: { rows: 541, items: 87, lines: 541, perKategori: { TK: 316, BHN: 215, ALT: 10, LAIN: 0 }, rejectedRows: 0, skippedItems: 0 },
  // What existing databases store for the demo edition: equal means their next start is a no-op.
  contentHash: "20b2620a4e36df077aca76e7cbaa58713adc8b5c7993d9ce3a71bd314b4b2206",
  fingerprint: "e92bcef62f922149b54fa7da381a0c5bc0890b07b82e5d63f2d5cd5d92c37ab1",
};

// The demo seed lives in prisma/seed/ (outside the unit-test globs), so it is checked here.
describe("demo AHSP seed", async () => {
  const { items, report, contentHash } = await loadDemoLibrary();

  it("parses through the importer into the library the old TypeScript literal held", () => {
    expect(report.counts).toEqual(FROM_OLD_LITERAL.counts);
    expect(contentHash).toBe(FROM_OLD_LITERAL.contentHash);
    expect(fingerprint(items)).toBe(FROM_OLD_LITERAL.fingerprint);
  });

  it("passes the parser's validation rules and carries none of the defects the importer warns about", () => {
    expect(report.rejected).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(validateAhspItems(items)).toEqual([]);
  });

  it("prices every resource it uses, once, in whole rupiah and in the line's unit", () => {
    expect(new Set(HARGA_DEMO.map((h) => h.kodeItem)).size).toBe(HARGA_DEMO.length);
    for (const h of HARGA_DEMO) expect(h.harga, h.kodeItem).toMatch(/^[1-9]\d*$/);
    const used = new Map(items.flatMap((i) => i.lines.map((l) => [l.kodeItem, l.satuanItem] as const)));
    expect([...used.keys()].filter((k) => !HARGA_DEMO_BY_KODE.has(k))).toEqual([]);
    expect(HARGA_DEMO.filter((h) => !used.has(h.kodeItem)).map((h) => h.kodeItem)).toEqual([]);
    for (const h of HARGA_DEMO) expect(h.satuan, h.kodeItem).toBe(used.get(h.kodeItem));
  });

  const price = (kode: string) => new Decimal(HARGA_DEMO_BY_KODE.get(kode) ?? "NaN");

  it("pays the crew by rank: mandor and kepala tukang over every tukang, every tukang over the pekerja", () => {
    const labour = HARGA_DEMO.filter((h) => h.satuan === "OH");
    const tukang = labour.filter((h) => /^tukang/i.test(h.uraian));
    expect(tukang.length).toBeGreaterThan(3);
    for (const t of tukang) {
      expect(price("TK-0001").gte(t.harga), t.uraian).toBe(true);
      expect(price("TK-0002").gte(t.harga), t.uraian).toBe(true);
      expect(price("TK-0005").lt(t.harga), t.uraian).toBe(true);
    }
  });

  it("prices a bulk material per kg as its per-m3 price over its density, to the rupiah", () => {
    const perKg = (perM3: string, kgPerM3: number) => price(perM3).div(kgPerM3).toDecimalPlaces(0).toString();
    expect(HARGA_DEMO_BY_KODE.get("B-0008")).toBe(perKg("B-0018", 1350)); // kerikil
    expect(HARGA_DEMO_BY_KODE.get("B-0010")).toBe(perKg("B-0017", 1400)); // pasir beton
  });
});
