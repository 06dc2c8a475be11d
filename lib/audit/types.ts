/**
 * The view types the audit trail serves and the Riwayat page renders, apart from the service so
 * a component imports no server module, not even for a type.
 */

export interface AuditEntryView {
  id: string;
  createdAt: Date;
  /** Null for entries without an author; the name is "" for an account that no longer exists. */
  user: { id: string; name: string } | null;
  entity: string;
  entityId: string | null;
  action: string;
  /** Plain JSON as the change recorded it: flat objects, lists of rows, decimals as strings. */
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  entries: AuditEntryView[];
  nextCursor: string | null;
  /** "kode uraian" of the pekerjaan the page's entries name by id (entityId, list rows), where they still exist. */
  pekerjaan: Record<string, string>;
}

/** Someone who appears in a project's trail: the person filter's choices. */
export interface AuditPerson {
  id: string;
  name: string;
}

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
  /** The changeVersion this entry moved the project to: a page tells its own writes' entries by it. */
  version: number;
  at: Date;
  /** Who made the change; null for an entry without an author (an account deleted since keeps its id, name ""). */
  user: { id: string; name: string } | null;
  entity: string;
  action: string;
}
