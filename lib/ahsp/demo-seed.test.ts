import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { loadDemoLibrary } from "../../prisma/seed/ahsp-demo";
import { HARGA_DEMO, HARGA_DEMO_BY_KODE } from "../../prisma/seed/harga-demo";
import { DEMO_FROM_OLD_LITERAL, itemsFingerprint } from "./test-support";
import { validateAhspItems } from "./validate-items";

// The demo seed lives in prisma/seed/ (outside the unit-test globs), so it is checked here.
describe("demo AHSP seed", async () => {
  const { items, report, contentHash } = await loadDemoLibrary();

  it("parses through the importer into the library the old TypeScript literal held", () => {
    expect(report.counts).toEqual(DEMO_FROM_OLD_LITERAL.counts);
    expect(contentHash).toBe(DEMO_FROM_OLD_LITERAL.contentHash);
    expect(itemsFingerprint(items)).toBe(DEMO_FROM_OLD_LITERAL.fingerprint);
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
