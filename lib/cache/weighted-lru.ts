import { LRUCache } from "lru-cache";

/**
 * An in-process LRU bounded by the total weight of its values (lines, cells…) rather than by
 * their count: one large project must be able to push out many small ones. A value heavier than
 * the whole bound is not kept (lru-cache's rule) instead of emptying the cache to hold it.
 */
export function weightedLru<V extends object>(maxWeight: number, weigh: (value: V) => number): LRUCache<string, V> {
  // lru-cache takes positive integer sizes only; an empty project weighs 0 lines.
  return new LRUCache<string, V>({ maxSize: maxWeight, sizeCalculation: (value) => Math.max(1, Math.ceil(weigh(value))) });
}
