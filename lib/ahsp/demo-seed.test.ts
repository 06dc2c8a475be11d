import { describe, expect, it } from "vitest";
import { AHSP_DEMO } from "../../prisma/seed/ahsp-demo";
import { HARGA_DEMO, HARGA_DEMO_BY_KODE } from "../../prisma/seed/harga-demo";
import { HEADER, parseOk, toCsv } from "./test-support";
import { validateAhspItems } from "./validate-items";
import { collectItemWarnings } from "./warnings";

// The demo seed lives in prisma/seed/ (outside the unit-test globs), so it is checked here.
describe("demo AHSP seed", () => {
  const items = AHSP_DEMO.items;

  it("has 60 to 120 items that pass the parser's validation rules", () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(items.length).toBeLessThanOrEqual(120);
    expect(validateAhspItems(items)).toEqual([]);
  });

  it("carries none of the data-quality defects the importer warns about", () => {
    expect(collectItemWarnings(items)).toEqual([]);
  });

  it("survives a round trip through the file parser unchanged", async () => {
    const rows = items.flatMap((item) =>
      item.lines.map((l) => [item.kode, item.uraian, item.satuan, item.citation ?? "", l.kategori, l.kodeItem, l.uraianItem, l.satuanItem, l.koefisien]),
    );
    const header = [...HEADER.slice(0, 3), "ref_permen_8_2023", ...HEADER.slice(3)];
    const { items: parsed, report } = await parseOk(toCsv([header, ...rows]));
    expect(report.rejected).toEqual([]);
    expect(parsed).toEqual(items);
  });

  it("prices every resource it uses, once, in whole rupiah and in the line's unit", () => {
    expect(new Set(HARGA_DEMO.map((h) => h.kodeItem)).size).toBe(HARGA_DEMO.length);
    for (const h of HARGA_DEMO) expect(h.harga, h.kodeItem).toMatch(/^[1-9]\d*$/);
    const used = new Map(items.flatMap((i) => i.lines.map((l) => [l.kodeItem, l.satuanItem] as const)));
    expect([...used.keys()].filter((k) => !HARGA_DEMO_BY_KODE.has(k))).toEqual([]);
    expect(HARGA_DEMO.filter((h) => !used.has(h.kodeItem)).map((h) => h.kodeItem)).toEqual([]);
    for (const h of HARGA_DEMO) expect(h.satuan, h.kodeItem).toBe(used.get(h.kodeItem));
  });

  it("uses the labour prices of West Java 2023", () => {
    const harga = (kode: string) => HARGA_DEMO_BY_KODE.get(kode);
    expect([harga("TK-0005"), harga("TK-0008"), harga("TK-0002"), harga("TK-0001")]).toEqual(["90000", "105000", "115000", "115000"]);
  });
});
