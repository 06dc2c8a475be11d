/**
 * Values derived from a project's content, kept in process while its Project.revision stays.
 * Database triggers move the revision on every change to the project's tree, lines, prices or
 * pricing, whoever writes it, so a request that has read the revision (the access check does)
 * knows whether a kept value is still the truth without reading anything else. Each process
 * keeps its own values: a cluster stays correct without coordination. Values are shared
 * between requests: callers must treat them as read-only.
 */
import type { LRUCache } from "lru-cache";
import { weightedLru } from "./weighted-lru";

interface Kept<V> {
  revision: number;
  value: V;
}

export class RevisionCache<V> {
  private readonly lru: LRUCache<string, Kept<V>>;

  constructor(maxWeight: number, weigh: (value: V) => number) {
    this.lru = weightedLru<Kept<V>>(maxWeight, (kept) => weigh(kept.value));
  }

  /** The value kept for the project, if it was read at `revision` or later (revisions only grow). */
  get(projectId: string, revision: number): V | undefined {
    const kept = this.lru.get(projectId);
    return kept && kept.revision >= revision ? kept.value : undefined;
  }

  /** Whether anything is kept for the project, at whatever revision. */
  has(projectId: string): boolean {
    return this.lru.get(projectId) !== undefined;
  }

  /** `revision`: the project's revision read before `value` was (never after: it would claim too much). */
  set(projectId: string, revision: number, value: V): void {
    this.lru.set(projectId, { revision, value });
  }
}

/** One cache per name and process: Next may load a module once per route bundle. */
export function sharedRevisionCache<V>(name: string, maxWeight: number, weigh: (value: V) => number): RevisionCache<V> {
  const holder = globalThis as unknown as { __revisionCaches?: Map<string, RevisionCache<unknown>> };
  const caches = (holder.__revisionCaches ??= new Map());
  if (!caches.has(name)) caches.set(name, new RevisionCache<V>(maxWeight, weigh) as RevisionCache<unknown>);
  return caches.get(name) as RevisionCache<V>;
}
