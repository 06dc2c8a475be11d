import { describe, expect, it } from "vitest";
import { ahspContentHash } from "./content-hash";
import { item, line } from "./test-support";

describe("ahspContentHash", () => {
  const a = item("1", [line(1, "TK", "TK-5", "0.04")]);
  const b = item("2", [line(1, "BHN", "B-1", "1.2"), line(2, "TK", "TK-5", "0.5")]);

  it("is a sha256 hex digest, stable across item order", () => {
    const hash = ahspContentHash([a, b]);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(ahspContentHash([b, a])).toBe(hash);
  });

  it("ignores koefisien spelling and derived fields", () => {
    const respelled = item("1", [{ ...line(1, "TK", "TK-5", "0.0400"), nestedKode: "9" }]);
    expect(ahspContentHash([respelled, b])).toBe(ahspContentHash([a, b]));
  });

  it("changes with any content", () => {
    const base = ahspContentHash([a, b]);
    expect(ahspContentHash([item("1", [line(1, "TK", "TK-5", "0.041")]), b])).not.toBe(base);
    expect(ahspContentHash([{ ...a, satuan: "m2" }, b])).not.toBe(base);
    expect(ahspContentHash([a, { ...b, lines: [...b.lines].reverse() }])).not.toBe(base);
    expect(ahspContentHash([a])).not.toBe(base);
  });
});
