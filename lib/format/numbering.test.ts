import { describe, expect, it } from "vitest";
import { letters, roman } from "./numbering";

describe("numbering", () => {
  it("roman and letters", () => {
    expect([1, 4, 9, 14, 40].map(roman)).toEqual(["I", "IV", "IX", "XIV", "XL"]);
    expect([1, 26, 27, 28].map(letters)).toEqual(["A", "Z", "AA", "AB"]);
  });
});
