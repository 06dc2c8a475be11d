import { describe, expect, it } from "vitest";
import { ContentRevisionCache, sharedContentRevisionCache } from "./content-revision-cache";

describe("ContentRevisionCache", () => {
  it("answers only for the contentRevision a value was read at, or an older one", () => {
    const cache = new ContentRevisionCache<string>(10, () => 1);
    cache.set("p", 5, "at 5");
    expect(cache.get("p", 5)).toBe("at 5");
    expect(cache.get("p", 4)).toBe("at 5");
    expect(cache.get("p", 6)).toBeUndefined();
    expect(cache.get("q", 0)).toBeUndefined();
    expect(cache.has("p")).toBe(true);
    expect(cache.has("q")).toBe(false);
  });

  it("is bounded by weight, dropping the least recently used project", () => {
    const cache = new ContentRevisionCache<number[]>(4, (v) => v.length);
    cache.set("a", 1, [1, 2]);
    cache.set("b", 1, [1, 2]);
    cache.get("a", 1);
    cache.set("c", 1, [1]);
    expect(cache.get("b", 1)).toBeUndefined();
    expect(cache.get("a", 1)).toEqual([1, 2]);
    expect(cache.get("c", 1)).toEqual([1]);
  });

  it("is one per name in a process", () => {
    const first = sharedContentRevisionCache<string>("test-shared", 10, () => 1);
    first.set("p", 1, "x");
    expect(sharedContentRevisionCache<string>("test-shared", 10, () => 1).get("p", 1)).toBe("x");
    expect(sharedContentRevisionCache<string>("test-other", 10, () => 1).get("p", 1)).toBeUndefined();
  });
});
