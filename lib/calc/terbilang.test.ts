import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CalcError } from "./errors";
import { terbilang, terbilangAngka } from "./terbilang";

describe("terbilang", () => {
  it.each([
    [0, "nol rupiah"],
    [1, "satu rupiah"],
    [10, "sepuluh rupiah"],
    [11, "sebelas rupiah"],
    [12, "dua belas rupiah"],
    [19, "sembilan belas rupiah"],
    [20, "dua puluh rupiah"],
    [21, "dua puluh satu rupiah"],
    [100, "seratus rupiah"],
    [111, "seratus sebelas rupiah"],
    [999, "sembilan ratus sembilan puluh sembilan rupiah"],
    [1000, "seribu rupiah"],
    [1001, "seribu satu rupiah"],
    [1100, "seribu seratus rupiah"],
    [2000, "dua ribu rupiah"],
    [11000, "sebelas ribu rupiah"],
    [100000, "seratus ribu rupiah"],
    [201000, "dua ratus satu ribu rupiah"],
    [1000000, "satu juta rupiah"],
    [1001000, "satu juta seribu rupiah"],
    [1000000000, "satu miliar rupiah"],
    ["8814010000", "delapan miliar delapan ratus empat belas juta sepuluh ribu rupiah"],
    ["1000000000001", "satu triliun satu rupiah"],
    ["2511011111111", "dua triliun lima ratus sebelas miliar sebelas juta seratus sebelas ribu seratus sebelas rupiah"],
    ["1000000000000000", "satu kuadriliun rupiah"],
  ])("%s → %s", (value, words) => {
    expect(terbilang(value)).toBe(words);
  });

  it("rounds sen half-up to whole rupiah", () => {
    expect(terbilang("1000.5")).toBe("seribu satu rupiah");
    expect(terbilang("999.49")).toBe("sembilan ratus sembilan puluh sembilan rupiah");
    expect(terbilang("0.4")).toBe("nol rupiah");
  });

  it("says minus for negatives", () => {
    expect(terbilang(-1500)).toBe("minus seribu lima ratus rupiah");
    expect(terbilangAngka("-0.2")).toBe("nol");
  });

  it("rejects amounts beyond desiliun", () => {
    expect(() => terbilang("1e36")).toThrow(CalcError);
    expect(terbilangAngka("1e33")).toBe("satu desiliun");
  });

  it("round-trips: words parse back to the same integer (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), (n) => {
        const words = terbilangAngka(n.toString());
        expect(parseWords(words)).toBe(n);
        // Indonesian contracts these: "seribu", "seratus", "sepuluh", "sebelas".
        // ("delapan puluh satu ribu" is right: only a group of exactly 1 becomes "seribu".)
        expect(words).not.toMatch(/\bsatu (ratus|puluh|belas)\b/);
        expect(words).not.toMatch(/(^|(juta|liar|iun) )satu ribu/);
        if (n !== 0n) expect(words).not.toContain("nol");
      }),
      { numRuns: 2000 },
    );
  });
});

/** Independent inverse of terbilangAngka, written for this test only. */
function parseWords(words: string): bigint {
  const digits = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
  const scales: Record<string, bigint> = {
    ribu: 10n ** 3n,
    juta: 10n ** 6n,
    miliar: 10n ** 9n,
    triliun: 10n ** 12n,
    kuadriliun: 10n ** 15n,
    kuintiliun: 10n ** 18n,
  };
  let total = 0n;
  let group = 0n;
  let current = 0n;
  for (const w of words.split(" ")) {
    const d = digits.indexOf(w);
    if (d >= 0) current = BigInt(d);
    else if (w === "sepuluh") group += 10n;
    else if (w === "sebelas") group += 11n;
    else if (w === "seratus") group += 100n;
    else if (w === "seribu") total += 1000n;
    else if (w === "belas") [group, current] = [group + current + 10n, 0n];
    else if (w === "puluh") [group, current] = [group + current * 10n, 0n];
    else if (w === "ratus") [group, current] = [group + current * 100n, 0n];
    else if (scales[w]) [total, group, current] = [total + (group + current) * scales[w], 0n, 0n];
    else throw new Error(`unexpected word ${w} in "${words}"`);
  }
  return total + group + current;
}
