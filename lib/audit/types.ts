/** GET …/changes: what happened to a project since the version a page last saw (README "Perubahan bersamaan"). */
export interface ChangeFeed {
  /** The project's changeVersion now: the `since` of the next poll. */
  version: number;
  /** Whether the project is at another version than `since`. */
  changed: boolean;
  /** The audit entries committed after `since`, oldest first, at most the newest CHANGE_FEED_LIMIT. */
  changes: ChangeView[];
}

export interface ChangeView {
  at: Date;
  /** Who made the change; null for an account deleted since. */
  user: { id: string; name: string } | null;
  entity: string;
  action: string;
}
