import { describe, expect, it } from "vitest";
import { correctionGroups, isTrigramSelective, searchTerms, tsqueryText, wordGroups } from "./search-terms";

describe("searchTerms", () => {
  it("recognises kode prefixes, and digits-and-dots as a kode only", () => {
    expect(searchTerms(" 2.2.1 ")).toEqual({ kodePrefix: "2.2.1", kodeOnly: true, tokens: ["2.2.1"], groups: [["2.2.1"]] });
    expect(searchTerms("2.2.1.")).toMatchObject({ kodePrefix: "2.2.1.", kodeOnly: true });
    expect(searchTerms("A.4.1")).toMatchObject({ kodePrefix: "a.4.1", kodeOnly: false, tokens: ["a", "4.1"] });
    expect(searchTerms("m3")).toMatchObject({ kodePrefix: "m3", kodeOnly: false });
    expect(searchTerms("beton 20")).toMatchObject({ kodePrefix: null, kodeOnly: false, tokens: ["beton", "20"] });
    expect(searchTerms("galian").kodePrefix).toBeNull();
  });

  it("keeps only letters, digits and dotted numbers, lower-cased and de-duplicated", () => {
    expect(searchTerms("Beton f'c 20 MPa, BETON").tokens).toEqual(["beton", "f", "c", "20", "mpa"]);
    expect(searchTerms(`'"&|!():*\\<->%_`)).toEqual({ kodePrefix: null, kodeOnly: false, tokens: [], groups: [] });
    expect(searchTerms("a:* & !b | (c)").tokens).toEqual(["a", "b", "c"]);
    expect(searchTerms("Ø10 ± batu").tokens).toEqual(["ø10", "batu"]);
  });

  it("bounds a pasted wall of text to a few short tokens", () => {
    const terms = searchTerms(`${"x".repeat(1000)} ${Array.from({ length: 50 }, (_, i) => `kata${i}`).join(" ")}`);
    expect(terms.tokens).toHaveLength(8);
    expect(terms.tokens[0]).toHaveLength(32);
    expect(terms.kodePrefix).toBeNull();
  });

  it("never lets a LIKE wildcard or tsquery operator into a kode prefix", () => {
    for (const q of ["2.2%", "2_2", "2.2:*", "2.2|1", "2.2&1", "2\\2"]) expect(searchTerms(q).kodePrefix, q).toBeNull();
  });
});

describe("tsqueryText", () => {
  it("ANDs groups, ORs alternatives, and prefix-matches the last group", () => {
    expect(tsqueryText([["beton"], ["20"], ["mpa"]])).toBe("beton & 20 & mpa:*");
    expect(tsqueryText([["gali", "galian"], ["tanah"]])).toBe("(gali | galian) & tanah:*");
    expect(tsqueryText([["beton"], ["gali", "galian"]])).toBe("beton & (gali:* | galian:*)");
  });

  it("takes a one-letter last word whole: as a prefix it would match half the library", () => {
    expect(tsqueryText([["beton"], ["b"]])).toBe("beton & b");
  });
});

describe("isTrigramSelective", () => {
  it("accepts words of three or more letters or digits only", () => {
    expect(["beton", "200", "m3a"].map(isTrigramSelective)).toEqual([true, true, true]);
    expect(["m3", "2.2.1", "f'c"].map(isTrigramSelective)).toEqual([false, false, false]);
  });
});

describe("correctionGroups", () => {
  const candidate = (token: string, word: string, similarity: number) => ({ token, word, similarity });

  it("replaces an unknown word by its close vocabulary words and keeps known ones", () => {
    const candidates = [
      candidate("galain", "gali", 0.33),
      candidate("galain", "galian", 0.27),
      candidate("galain", "galvanis", 0.23),
      candidate("tanah", "tanah", 1),
    ];
    expect(correctionGroups([["galain"], ["tanah"], ["20"]], candidates)).toEqual([["gali", "galian"], ["tanah"], ["20"]]);
  });

  it("keeps only the alternatives nearly as close as the best one", () => {
    const candidates = [candidate("kramik", "keramik", 0.5), candidate("kramik", "kran", 0.33)];
    expect(correctionGroups([["kramik"]], candidates)).toEqual([["keramik"]]);
  });

  it("drops a word with nothing close, and gives up when nothing was corrected", () => {
    expect(correctionGroups([["betom"], ["qqqq"]], [candidate("betom", "beton", 0.5), candidate("qqqq", "quo", 0.1)])).toEqual([["beton"]]);
    expect(correctionGroups([["beton"]], [candidate("beton", "beton", 1)])).toBeNull();
    expect(correctionGroups([["qqqq"]], [candidate("qqqq", "quo", 0.1)])).toBeNull();
    expect(correctionGroups([["20"], ["m3"]], [])).toBeNull();
  });
});

describe("wordGroups: the estimator's words", () => {
  it("expands a word with synonyms to all of them, whichever is typed", () => {
    for (const word of ["besi", "pembesian", "tulangan", "penulangan"]) {
      expect(wordGroups([word, "kolom"]), word).toEqual([["besi", "pembesian", "penulangan", "tulangan"], ["kolom"]]);
    }
    expect(wordGroups(["begisting"])).toEqual([["bekisting", "begisting"]]);
  });

  it("reads an old K-grade, however written, as itself or the library's nearest f'c", () => {
    const k250 = ["k 250", "k250", "fc 21", "f c 21"];
    expect(wordGroups(searchTerms("beton K-250").tokens)).toEqual([["beton"], k250]);
    expect(wordGroups(searchTerms("beton k 250").tokens)).toEqual([["beton"], k250]);
    expect(wordGroups(searchTerms("K250 beton").tokens)).toEqual([k250, ["beton"]]);
    expect(wordGroups(["k", "175"])).toEqual([["k 175", "k175", "fc 14 5", "f c 14 5", "fc 15", "f c 15"]]);
    // Not a grade of the table: plain words.
    expect(wordGroups(["k", "999"])).toEqual([["k"], ["999"]]);
  });

  it("reads fc and a number as the phrase f'c <number>", () => {
    expect(wordGroups(searchTerms("beton fc 25").tokens)).toEqual([["beton"], ["fc 25", "f c 25"]]);
    expect(wordGroups(["fc"])).toEqual([["fc"]]);
  });

  it("writes phrases as adjacent words, the last word of the last group as a prefix", () => {
    expect(tsqueryText([["beton"], ["fc 25", "f c 25"]])).toBe("beton & ((fc <-> 25:*) | (f <-> c <-> 25:*))");
    expect(tsqueryText([["fc 25", "f c 25"], ["mpa"]])).toBe("((fc <-> 25) | (f <-> c <-> 25)) & mpa:*");
  });

  it("never corrects a synonym or a grade: only lone unknown words", () => {
    const candidates = [{ token: "pembesian", word: "pembersihan", similarity: 0.6 }];
    expect(correctionGroups(wordGroups(["pembesian"]), candidates)).toBeNull();
    expect(correctionGroups([["pembesian"], ["kolm"]], [{ token: "kolm", word: "kolom", similarity: 0.5 }])).toEqual([
      ["pembesian"],
      ["kolom"],
    ]);
  });
});
