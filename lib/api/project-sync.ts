/**
 * What an open project page knows about the project's version (README "Perubahan bersamaan"),
 * in the browser: the version of the data it shows (`base`), sent as If-Match on its writes, and
 * the changes other people made since, which it has not loaded yet (the "Ani mengubah Harga Items"
 * notice). Browser-safe and framework-free: the API client reads it for every write, the page's
 * provider polls it and renders it.
 */
import type { ChangeView } from "@/lib/audit/types";
import type { Wire } from "@/lib/kernel/wire";

export type Change = Wire<ChangeView>;

export interface ProjectSyncState {
  /** The changeVersion of the data the page shows: the If-Match of its writes. */
  base: number;
  /** Changes by other people (or without an author) after `base`, oldest first. */
  others: Change[];
  /** The project moved on in a way the feed could not attribute (more than one page of changes). */
  unattributed: boolean;
}

type Fetcher = (path: string) => Promise<{ version: number; changed: boolean; changes: Change[] }>;

// The feed's page size (lib/audit/changes.ts CHANGE_FEED_LIMIT): a full page may hide older entries.
const FEED_PAGE = 50;

export class ProjectSync {
  #state: ProjectSyncState;
  #listeners = new Set<() => void>();
  // One feed read at a time, and the page's writes in flight: a conditional write waits for both.
  #syncing: Promise<void> | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly projectId: string,
    readonly userId: string,
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
    if (version === this.#state.base && this.#state.others.length === 0 && !this.#state.unattributed) return;
    this.#set({ base: version, others: [], unattributed: false });
  }

  /**
   * Sends one write of the page. A conditional one carries If-Match with the base, after the page's
   * earlier writes have answered and been accounted for (else it would name a version its own write
   * has just moved past); its success moves the base to the version it answers: the project was at
   * the base when it ran, so every move up to there is this page's own. An unconditional write (a
   * grid row with its own editVersion) goes at once; the feed then tells whose the moves were.
   */
  write<T extends { version: number | null }>(conditional: boolean, send: (ifMatch: string | null) => Promise<T>): Promise<T> {
    const run = async () => {
      if (!conditional) return send(null);
      await this.#queue;
      await this.#syncing;
      const result = await send(`"${this.#state.base}"`);
      if (result.version !== null && result.version > this.#state.base) this.#set({ ...this.#state, base: result.version });
      return result;
    };
    const request = run();
    const settled = request.then(() => (conditional ? undefined : this.sync()));
    this.#queue = Promise.allSettled([this.#queue, settled]);
    return request;
  }

  /**
   * Reads the changes after `base`. The page's own keep it current (base moves on); anyone else's
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
    // A failed poll or a base moved meanwhile (a write of this page answered): the next poll tells.
    if (!feed || !feed.changed || this.#state.base !== since) return;
    const others = feed.changes.filter((c) => c.user?.id !== this.userId);
    // No entry at all (a change without an audit entry) or a full page (older ones unseen): someone's.
    const unattributed = feed.changes.length === 0 || feed.changes.length >= FEED_PAGE;
    if (others.length === 0 && !unattributed) this.#set({ base: feed.version, others: [], unattributed: false });
    else this.#set({ base: since, others, unattributed: others.length === 0 });
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
