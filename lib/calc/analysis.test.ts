import { describe, expect, it } from "vitest";
import { analyzeProject, MAX_BUNDLE_DEPTH, type CalcPekerjaan } from "./analysis";
import { DecimalInputError } from "./decimal";
import { CalcError } from "./errors";
import { bundle, line, pekerjaan, prices } from "./test-helpers";

const str = (d: { toString(): string }) => d.toString();

function expectCalcError(fn: () => unknown, code: string, chain?: string[]): CalcError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CalcError);
    const err = e as CalcError;
    expect(err.code).toBe(code);
    if (chain) expect(err.chain).toEqual(chain);
    return err;
  }
  throw new Error(`expected CalcError ${code}`);
}

describe("domain example 1: one line per kategori", () => {
  const result = analyzeProject({
    pekerjaan: [pekerjaan("P1", 1, [line("TK", "L.01", 1), line("BHN", "B.01", 2), line("ALT", "E.01", 3), line("LAIN", "X.01", 4)])],
    prices: prices({ "L.01": 100000, "B.01": 20000, "E.01": 50000, "X.01": 30000 }),
    overheadProfitPercent: 10,
  });
  const p = result.pekerjaan.get("P1")!;

  it("computes A, B, C, L, E, F, G and jumlah", () => {
    expect([p.A, p.B, p.C, p.L, p.E, p.F, p.G, p.jumlah].map(str)).toEqual([
      "100000",
      "40000",
      "150000",
      "120000",
      "410000",
      "41000",
      "451000",
      "451000",
    ]);
  });

  it("reports per-line harga and jumlah for Rincian AHSP", () => {
    expect(p.lines.map((l) => [l.kode, str(l.harga), str(l.jumlah), l.priced])).toEqual([
      ["L.01", "100000", "100000", true],
      ["B.01", "20000", "40000", true],
      ["E.01", "50000", "150000", true],
      ["X.01", "30000", "120000", true],
    ]);
    expect(result.unpricedKode).toEqual([]);
  });
});

describe("domain example 2: fractional koefisien, BUK 12,5% and a per-item override", () => {
  const lines = () => [line("TK", "L.01", "0.15"), line("BHN", "B.01", "7.5"), line("ALT", "E.01", "0.1"), line("LAIN", "X.01", "0.05")];
  const harga = prices({ "L.01": "150000", "B.01": "12000", "E.01": "300000", "X.01": "2000000" });

  it("E 242.500, F 30.312,50, G 272.812,50, jumlah 2.728.125,00 at volume 10", () => {
    const r = analyzeProject({ pekerjaan: [pekerjaan("P2", 10, lines())], prices: harga, overheadProfitPercent: "12.5" });
    const p = r.pekerjaan.get("P2")!;
    expect([p.E, p.F, p.G, p.jumlah].map(str)).toEqual(["242500", "30312.5", "272812.5", "2728125"]);
    expect(str(p.overheadProfitPercent)).toBe("12.5");
  });

  it("the override item (E 290.250) gets 20% while its neighbour keeps the project 12,5%", () => {
    // The worked example fixes only E = 290.250 for this item; these lines sum to it.
    const overrideLines = [...lines(), line("BHN", "B.02", "0.5")];
    const r = analyzeProject({
      pekerjaan: [pekerjaan("P2", 10, lines()), pekerjaan("P3", 2, overrideLines, 20)],
      prices: new Map([...harga, ["B.02", "95500"]]),
      overheadProfitPercent: "12.5",
    });
    const p3 = r.pekerjaan.get("P3")!;
    expect([p3.E, p3.F, p3.G, p3.jumlah].map(str)).toEqual(["290250", "58050", "348300", "696600"]);
    expect(str(p3.overheadProfitPercent)).toBe("20");
    expect(str(r.pekerjaan.get("P2")!.F)).toBe("30312.5");
  });

  it("an override of 0 is honoured (not mistaken for 'no override')", () => {
    const r = analyzeProject({ pekerjaan: [pekerjaan("P", 1, lines(), 0)], prices: harga, overheadProfitPercent: 10 });
    expect(str(r.pekerjaan.get("P")!.G)).toBe("242500");
  });
});

describe("domain example 3: a bundle", () => {
  const r = analyzeProject({
    pekerjaan: [pekerjaan("P", 2, [bundle("Q", 4)]), pekerjaan("Q", 0, [line("TK", "L.01", "0.75")])],
    prices: prices({ "L.01": 100000 }),
    overheadProfitPercent: 10,
  });
  const p = r.pekerjaan.get("P")!;

  it("4 units of a bundle with 0,75 OH at 100.000 give 300.000, as TK money (A) when flattened", () => {
    expect(str(p.flat.A)).toBe("300000");
    expect(str(p.flat.L)).toBe("0");
    // In the line view the bundle line is a LAIN line: L = 4 × E_Q.
    expect(str(p.L)).toBe("300000");
    expect(str(p.A)).toBe("0");
    expect(str(p.E)).toBe("300000");
    expect(str(p.jumlah)).toBe("660000"); // (300.000 + 10%) × 2
  });

  it("uses the bundle's E (before its own overhead) as the line's harga", () => {
    expect(str(p.lines[0]!.harga)).toBe("75000");
    expect(p.lines[0]!.bundlePekerjaanId).toBe("Q");
    expect(p.bundleDepth).toBe(1);
  });
});

describe("bundles", () => {
  const harga = prices({ "L.01": 10000, "B.01": 1000 });

  it("multiplies koefisien down a nested chain of depth 3", () => {
    const r = analyzeProject({
      pekerjaan: [
        pekerjaan("P", 1, [bundle("Q", 2), line("BHN", "B.01", 1)]),
        pekerjaan("Q", 0, [bundle("R", 3)]),
        pekerjaan("R", 0, [bundle("S", 5), line("BHN", "B.01", 2)]),
        pekerjaan("S", 0, [line("TK", "L.01", "0.5")]),
      ],
      prices: harga,
      overheadProfitPercent: 0,
    });
    const E = (id: string) => str(r.pekerjaan.get(id)!.E);
    expect([E("S"), E("R"), E("Q"), E("P")]).toEqual(["5000", "27000", "81000", "163000"]);
    const p = r.pekerjaan.get("P")!;
    expect(str(p.flat.A)).toBe("150000"); // 2 × 3 × 5 × 0,5 × 10.000
    expect(str(p.flat.B)).toBe("13000"); // 1 × 1.000 + 2 × 3 × 2 × 1.000
    expect(p.bundleDepth).toBe(MAX_BUNDLE_DEPTH);
    expect(r.dependencyOrder.indexOf("S")).toBeLessThan(r.dependencyOrder.indexOf("R"));
    expect(r.dependencyOrder.indexOf("Q")).toBeLessThan(r.dependencyOrder.indexOf("P"));
  });

  it("prices a bundle used from several places once, with the same result", () => {
    const r = analyzeProject({
      pekerjaan: [
        pekerjaan("A", 1, [bundle("Q", 1), bundle("Q", 2)]),
        pekerjaan("B", 1, [bundle("Q", "0.5")]),
        pekerjaan("Q", 0, [line("TK", "L.01", 1)]),
      ],
      prices: harga,
      overheadProfitPercent: 0,
    });
    expect(str(r.pekerjaan.get("A")!.E)).toBe("30000");
    expect(str(r.pekerjaan.get("B")!.E)).toBe("5000");
  });

  it("rejects a chain deeper than 3 and names it", () => {
    const err = expectCalcError(
      () =>
        analyzeProject({
          pekerjaan: [
            pekerjaan("P", 1, [bundle("Q", 1)]),
            pekerjaan("Q", 0, [bundle("R", 1)]),
            pekerjaan("R", 0, [bundle("S", 1)]),
            pekerjaan("S", 0, [bundle("T", 1)]),
            pekerjaan("T", 0, [line("TK", "L.01", 1)]),
          ],
          prices: harga,
          overheadProfitPercent: 0,
        }),
      "BUNDLE_TOO_DEEP",
      ["P", "Q", "R", "S", "T"],
    );
    expect(err.message).toContain("P → Q → R → S → T");
  });

  it.each([
    [
      "a cycle of three",
      [
        ["A", "B"],
        ["B", "C"],
        ["C", "A"],
      ],
      ["A", "B", "C", "A"],
    ],
    ["a self-reference", [["A", "A"]], ["A", "A"]],
    [
      "a cycle reached from outside it",
      [
        ["X", "A"],
        ["A", "B"],
        ["B", "A"],
      ],
      ["A", "B", "A"],
    ],
  ])("rejects %s and names the chain", (_name, edges, chain) => {
    const ids = [...new Set(edges.flat())];
    const list: CalcPekerjaan[] = ids.map((id) =>
      pekerjaan(id, 1, [line("TK", "L.01", 1), ...edges.filter(([from]) => from === id).map(([, to]) => bundle(to!, 1))]),
    );
    const err = expectCalcError(() => analyzeProject({ pekerjaan: list, prices: harga, overheadProfitPercent: 10 }), "BUNDLE_CYCLE", chain);
    expect(err.message).toContain(chain.join(" → "));
  });

  it("rejects a bundle on a non-LAIN line, a bundle to an unknown pekerjaan, and duplicate ids", () => {
    const base = { prices: harga, overheadProfitPercent: 10 };
    expectCalcError(
      () =>
        analyzeProject({
          ...base,
          pekerjaan: [pekerjaan("P", 1, [{ kategori: "TK", kode: "X", koefisien: 1, bundlePekerjaanId: "Q" }]), pekerjaan("Q", 1, [])],
        }),
      "BUNDLE_NOT_LAIN",
    );
    expectCalcError(() => analyzeProject({ ...base, pekerjaan: [pekerjaan("P", 1, [bundle("NOPE", 1)])] }), "UNKNOWN_PEKERJAAN", [
      "P",
      "NOPE",
    ]);
    expectCalcError(() => analyzeProject({ ...base, pekerjaan: [pekerjaan("P", 1, []), pekerjaan("P", 2, [])] }), "DUPLICATE_PEKERJAAN");
    expectCalcError(() => analyzeProject({ ...base, pekerjaan: [pekerjaan("P", 1, [line("upah" as "TK", "L.01", 1)])] }), "INVALID_LINE");
  });
});

describe("missing prices and bad numbers", () => {
  it("counts a kode without a price as 0 and lists it, but not bundle kode", () => {
    const r = analyzeProject({
      pekerjaan: [
        pekerjaan("P", 1, [line("TK", "L.01", 1), line("BHN", "B.99", 2), line("ALT", "A.99", 1), bundle("Q", 1)]),
        pekerjaan("Q", 0, [line("BHN", "B.99", 1)]),
      ],
      prices: prices({ "L.01": 100 }),
      overheadProfitPercent: 10,
    });
    const p = r.pekerjaan.get("P")!;
    expect(str(p.E)).toBe("100");
    expect(p.unpricedKode).toEqual(["A.99", "B.99"]);
    expect(r.unpricedKode).toEqual(["A.99", "B.99"]);
    expect(p.lines.find((l) => l.kode === "B.99")!.priced).toBe(false);
  });

  it("rejects non-numeric koefisien, volume, price and rate, naming the field", () => {
    const run = (p: CalcPekerjaan, harga = prices({ "L.01": 1 }), rate: string | number = 10) =>
      analyzeProject({ pekerjaan: [p], prices: harga, overheadProfitPercent: rate });
    expect(() => run(pekerjaan("P7", 1, [line("TK", "L.01", "abc")]))).toThrow(/koefisien L\.01 pada pekerjaan P7/);
    expect(() => run(pekerjaan("P7", "NaN", []))).toThrow(/volume pekerjaan P7/);
    expect(() => run(pekerjaan("P7", 1, [line("TK", "L.01", 1)]), prices({ "L.01": Infinity }))).toThrow(DecimalInputError);
    expect(() => run(pekerjaan("P7", 1, []), undefined, "sepuluh")).toThrow(DecimalInputError);
  });
});

describe("scale", () => {
  it("analyzes 2.000 pekerjaan with shared bundles quickly (memoized, O(lines))", () => {
    const list: CalcPekerjaan[] = [];
    // 30 shared bundles three levels deep, each used by every pekerjaan below it.
    for (let i = 0; i < 10; i++) list.push(pekerjaan(`L3-${i}`, 0, [line("TK", "L.01", "0.1"), line("BHN", `B.${i}`, 2)]));
    for (let i = 0; i < 10; i++)
      list.push(
        pekerjaan(
          `L2-${i}`,
          0,
          Array.from({ length: 10 }, (_, j) => bundle(`L3-${j}`, "0.5")),
        ),
      );
    for (let i = 0; i < 10; i++)
      list.push(
        pekerjaan(
          `L1-${i}`,
          0,
          Array.from({ length: 10 }, (_, j) => bundle(`L2-${j}`, "0.5")),
        ),
      );
    for (let i = 0; i < 2000; i++) {
      list.push(
        pekerjaan(`P${i}`, "3.5", [...Array.from({ length: 12 }, (_, j) => line("BHN", `B.${j % 10}`, "1.25")), bundle(`L1-${i % 10}`, 1)]),
      );
    }
    const harga = new Map<string, string>([
      ["L.01", "150000"],
      ...Array.from({ length: 10 }, (_, i) => [`B.${i}`, "1000.5"] as [string, string]),
    ]);
    const started = performance.now();
    const r = analyzeProject({ pekerjaan: list, prices: harga, overheadProfitPercent: 10 });
    // Generous: CI machines are shared. Memoization itself is asserted in the next test.
    expect(performance.now() - started).toBeLessThan(10000);
    // L3 E = 15.000 + 2.001 = 17.001; L2 = 10 × 0,5 × 17.001 = 85.005; L1 = 10 × 0,5 × 85.005
    // = 10 × 42.502,50; P0 adds 12 lines of 1,25 × 1.000,50 = 1.250,625, printed 1.250,63.
    expect(str(r.pekerjaan.get("L1-0")!.E)).toBe("425025");
    expect(str(r.pekerjaan.get("P0")!.E)).toBe("440032.56");
  });

  it("reads a bundled pekerjaan's lines a constant number of times, however often it is used", () => {
    let reads = 0;
    const lines = [line("TK", "L.01", 1)];
    const shared: CalcPekerjaan = {
      id: "Q",
      volume: 0,
      get lines() {
        reads++;
        return lines;
      },
    };
    const users = Array.from({ length: 500 }, (_, i) => pekerjaan(`P${i}`, 1, [bundle("Q", 2), bundle("Q", 3)]));
    const r = analyzeProject({ pekerjaan: [...users, shared], prices: prices({ "L.01": 7 }), overheadProfitPercent: 0 });
    expect(str(r.pekerjaan.get("P499")!.E)).toBe("35");
    expect(reads).toBeLessThanOrEqual(5);
  });
});
