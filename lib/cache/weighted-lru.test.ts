import { describe, expect, it } from "vitest";
import { weightedLru } from "./weighted-lru";

describe("weightedLru", () => {
  const lru = () => weightedLru<{ w: number }>(10, (v) => v.w);
  const weights = (cache: ReturnType<typeof lru>, keys: string[]) => keys.map((k) => cache.get(k)?.w);

  it("evicts the least recently used values once the total weight is over the bound", () => {
    const cache = lru();
    cache.set("a", { w: 4 });
    cache.set("b", { w: 4 });
    cache.get("a");
    cache.set("c", { w: 4 });
    expect(weights(cache, ["a", "b", "c"])).toEqual([4, undefined, 4]);
  });

  it("does not keep a value heavier than the whole bound, and keeps the others", () => {
    const cache = lru();
    cache.set("a", { w: 3 });
    cache.set("big", { w: 25 });
    expect(weights(cache, ["a", "big"])).toEqual([3, undefined]);
  });

  it("replacing a key counts its new weight only", () => {
    const cache = lru();
    cache.set("a", { w: 6 });
    cache.set("b", { w: 2 });
    cache.set("a", { w: 7 });
    expect(weights(cache, ["a", "b"])).toEqual([7, 2]);
  });

  it("keeps weightless and fractional values, each counting at least one", () => {
    const cache = lru();
    for (let i = 0; i < 12; i++) cache.set(`e${i}`, { w: i % 2 ? 0 : 0.5 });
    expect(cache.size).toBe(10);
    expect(weights(cache, ["e0", "e1", "e2", "e11"])).toEqual([undefined, undefined, 0.5, 0]);
  });
});
