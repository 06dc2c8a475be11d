/**
 * Values derived from a project's content, kept in process while its Project.contentRevision
 * stays. Database triggers move the contentRevision on every change to the project's tree, lines,
 * prices or pricing, whoever writes it, so a request that has read the contentRevision (the access
 * check does) knows whether a kept value is still the truth without reading anything else. Each
 * process keeps its own values: a cluster stays correct without coordination. Values are shared
 * between requests: callers must treat them as read-only.
 */
import type { LRUCache } from "lru-cache";
import { weightedLru } from "./weighted-lru";

interface Kept<V> {
  contentRevision: number;
  value: V;
}

export class ContentRevisionCache<V> {
  private readonly lru: LRUCache<string, Kept<V>>;

  constructor(maxWeight: number, weigh: (value: V) => number) {
    this.lru = weightedLru<Kept<V>>(maxWeight, (kept) => weigh(kept.value));
  }

  /** The value kept for the project, if it was read at `contentRevision` or later (it only grows). */
  get(projectId: string, contentRevision: number): V | undefined {
    const kept = this.lru.get(projectId);
    return kept && kept.contentRevision >= contentRevision ? kept.value : undefined;
  }

  /** Whether anything is kept for the project, at whatever contentRevision. */
  has(projectId: string): boolean {
    return this.lru.get(projectId) !== undefined;
  }

  /** `contentRevision`: the project's, read before `value` was (never after: it would claim too much). */
  set(projectId: string, contentRevision: number, value: V): void {
    this.lru.set(projectId, { contentRevision, value });
  }
}

/** One cache per name and process: Next may load a module once per route bundle. */
export function sharedContentRevisionCache<V>(name: string, maxWeight: number, weigh: (value: V) => number): ContentRevisionCache<V> {
  const holder = globalThis as unknown as { __contentRevisionCaches?: Map<string, ContentRevisionCache<unknown>> };
  const caches = (holder.__contentRevisionCaches ??= new Map());
  if (!caches.has(name)) caches.set(name, new ContentRevisionCache<V>(maxWeight, weigh) as ContentRevisionCache<unknown>);
  return caches.get(name) as ContentRevisionCache<V>;
}
