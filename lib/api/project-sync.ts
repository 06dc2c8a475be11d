/**
 * What an open project page knows about the project's version (README "Perubahan bersamaan"),
 * in the browser: the version of the data it shows (`base`), sent as If-Match on its writes, and
 * the changes made since by anyone but this page, which it has not loaded yet (the "Ani mengubah
 * Harga Items" notice). Browser-safe and framework-free: the API client reads it for every write, the page's
 * provider polls it and renders it.
 */
import type { ChangeView } from "@/lib/audit/types";
import type { Wire } from "@/lib/kernel/wire";

export type Change = Wire<ChangeView>;

export interface ProjectSyncState {
  /** The changeVersion of the data the page shows: the If-Match of its writes. */
  base: number;
  /** Changes after `base` not made by this page (other people, other tabs), oldest first. */
  others: Change[];
  /** The project moved on in a way the feed could not attribute (more than one page of changes). */
  unattributed: boolean;
}

type Fetcher = (path: string) => Promise<{ version: number; changed: boolean; changes: Change[] }>;

// The feed's page size (lib/audit/changes.ts CHANGE_FEED_LIMIT): a full page may hide older entries.
const FEED_PAGE = 50;

/** What a write answered: the version it committed (ETag) and the one it started from (X-Version-Before). */
export interface WriteVersions {
  version: number | null;
  before: number | null;
}

export class ProjectSync {
  #state: ProjectSyncState;
  #listeners = new Set<() => void>();
  // The versions this page's own unconditional writes made after `base`, as (before, version]
  // ranges: the feed's entries inside them are the page's own, every other one someone else's
  // (the same person in another tab included: this page has not loaded it).
  #own: [number, number][] = [];
  // One feed read at a time, and the page's writes in flight: a conditional write waits for both.
  #syncing: Promise<void> | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly projectId: string,
    base: number,
    private readonly fetchFeed: Fetcher,
  ) {
    this.#state = { base, others: [], unattributed: false };
  }

  get state(): ProjectSyncState {
    return this.#state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** A server render showed the data at `version`: the page is current up to there. */
  loaded(version: number): void {
    this.#own = [];
    if (version === this.#state.base && this.#state.others.length === 0 && !this.#state.unattributed) return;
    this.#set({ base: version, others: [], unattributed: false });
  }

  /**
   * Sends one write of the page. A conditional one carries If-Match with the base, after the page's
   * earlier writes have answered and been accounted for (else it would name a version its own write
   * has just moved past); its success moves the base to the version it answers: the project was at
   * the base when it ran, so every move up to there is this page's own. An unconditional write (a
   * grid row with its own editVersion) goes at once and moves the base only if it started there.
   */
  write<T extends WriteVersions>(conditional: boolean, send: (ifMatch: string | null) => Promise<T>): Promise<T> {
    const run = async () => {
      if (conditional) {
        await this.#queue;
        await this.#syncing;
      }
      const result = await send(conditional ? `"${this.#state.base}"` : null);
      await this.#wrote(result);
      return result;
    };
    const request = run();
    this.#queue = Promise.allSettled([this.#queue, request]);
    return request;
  }

  async #wrote({ version, before }: WriteVersions): Promise<void> {
    if (version === null || version <= this.#state.base) return;
    if (before === this.#state.base && this.#state.others.length === 0 && this.#own.length === 0) {
      this.#set({ ...this.#state, base: version });
      return;
    }
    // Someone else's change lies between (or may: an answer without X-Version-Before): ask the feed.
    if (before !== null) this.#own.push([before, version]);
    await this.sync();
  }

  /**
   * Reads the changes after `base`. When all are the page's own, the base moves on; anyone else's
   * stay pending until the page reloads, so its If-Match keeps naming the data it shows.
   */
  sync(): Promise<void> {
    this.#syncing ??= this.#read().finally(() => {
      this.#syncing = null;
    });
    return this.#syncing;
  }

  async #read(): Promise<void> {
    const since = this.#state.base;
    const feed = await this.fetchFeed(`/api/v1/projects/${this.projectId}/changes?since=${since}`).catch(() => null);
    // A failed poll or a base moved meanwhile (a fresh render): the next poll tells.
    if (!feed || !feed.changed || this.#state.base !== since) return;
    const own = (v: number) => this.#own.some(([from, to]) => v > from && v <= to);
    const others = feed.changes.filter((c) => !own(c.version));
    const ownTop = Math.max(since, ...this.#own.map(([, to]) => to));
    // A move no entry explains (no audit entry, or a full page hiding older ones): someone's too.
    const unexplained = feed.version > ownTop || feed.changes.length >= FEED_PAGE;
    if (others.length === 0 && !unexplained) {
      this.#own = [];
      this.#set({ base: feed.version, others: [], unattributed: false });
    } else this.#set({ base: since, others, unattributed: others.length === 0 });
  }

  #set(state: ProjectSyncState): void {
    this.#state = state;
    for (const listener of this.#listeners) listener();
  }
}

const open = new Map<string, ProjectSync>();

/** The page's sync for a project, registered by its provider while the page is open. */
export function registerProjectSync(sync: ProjectSync): () => void {
  open.set(sync.projectId, sync);
  return () => {
    if (open.get(sync.projectId) === sync) open.delete(sync.projectId);
  };
}

const PROJECT_PATH = /^\/api\/v1\/projects\/([0-9a-f-]{36})(?:[/?]|$)/i;

/** The open page's sync for the project an API path belongs to, if any. */
export function projectSyncOf(path: string): ProjectSync | undefined {
  const id = PROJECT_PATH.exec(path)?.[1];
  return id ? open.get(id.toLowerCase()) : undefined;
}
