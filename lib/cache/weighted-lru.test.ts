import { describe, expect, it } from "vitest";
import { WeightedLru } from "./weighted-lru";

describe("WeightedLru", () => {
  const lru = () => new WeightedLru<number>(10, (v) => v);

  it("evicts the least recently used values once the total weight is over the bound", () => {
    const cache = lru();
    cache.set("a", 4);
    cache.set("b", 4);
    cache.get("a");
    cache.set("c", 4);
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([4, undefined, 4]);
  });

  it("keeps a value heavier than the bound alone rather than dropping what was just stored", () => {
    const cache = lru();
    cache.set("a", 3);
    cache.set("big", 25);
    expect([cache.get("a"), cache.get("big")]).toEqual([undefined, 25]);
  });

  it("replacing a key counts its new weight only", () => {
    const cache = lru();
    cache.set("a", 6);
    cache.set("b", 2);
    cache.set("a", 7);
    expect([cache.get("a"), cache.get("b")]).toEqual([7, 2]);
  });
});
