/**
 * An in-process LRU bounded by the total weight of its values (lines, cells…) rather than by
 * their count: one large project must be able to push out many small ones.
 */
export class WeightedLru<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();

  constructor(
    private readonly maxWeight: number,
    private readonly weigh: (value: V) => number,
  ) {}

  /** The value, marked most recently used. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value`, evicting the least recently used others while over the bound (never `key` itself). */
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, weight: this.weigh(value) });
    let held = 0;
    for (const e of this.entries.values()) held += e.weight;
    for (const [k, e] of this.entries) {
      if (held <= this.maxWeight || k === key) break;
      this.entries.delete(k);
      held -= e.weight;
    }
  }
}
