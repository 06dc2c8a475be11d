/**
 * `editVersion`, the optimistic-concurrency counter of a project and of a pekerjaan's lines
 * (GLOSSARY.md): a client sends the value it read, and a stale one is a 409 naming the current
 * one, so a save never silently overwrites someone else's.
 */
import { z } from "zod";
import { ApiError } from "./errors";
import { withRenamedFields } from "./renamed";

export const editVersionField = z.int().min(0).optional();

/** The token's old name, accepted for one release (README "Renamed API fields"). */
export const EDIT_VERSION_RENAME = { version: "editVersion" } as const;

/** A request body schema: `shape` plus the token, as `editVersion` or its old name `version`. */
export function withEditVersion<S extends z.ZodRawShape>(shape: S) {
  return withRenamedFields(EDIT_VERSION_RENAME, z.strictObject({ ...shape, editVersion: editVersionField }));
}

/** Refuses a stale `sent` (409); without one the client did not ask for the check. */
export function assertEditVersion(current: number, sent: number | undefined, message: string): void {
  if (sent === undefined || sent === current) return;
  // currentVersion: the old name, kept in the details for one release like the field itself.
  throw ApiError.conflict(message, { currentEditVersion: current, currentVersion: current });
}

/**
 * One row of a grid save (Harga Items, Volume, Jadwal): the version the client read, if it sent
 * one, and the row's version now (0 when there is no row, e.g. a jadwal week without entry).
 */
export interface RowVersion {
  /** The row in the request: "items.3", "entries.0"; "" for a route whose body is the row. */
  path: string;
  /** How the message names it: "Harga K-001", "Jadwal 1.1 Galian minggu 3". */
  label: string;
  sent: number | undefined;
  current: number;
}

/** One row of a grid save's 409 (`details.rows`): where it was in the request, its version and view now. */
export interface StaleRow<V> {
  path: string;
  editVersion: number;
  /** Null when the row is gone. */
  current: V | null;
}

/**
 * Refuses a grid save (409) when any row it names with an `editVersion` has moved since: the
 * rows are the granularity, so saves of different rows never conflict, and a row sent without
 * a version is written as before (last write wins). Call it under the project lock, before any
 * write. `details.rows` gives each stale row's current version and view (`currentViews`, read
 * only then, null for a row that is gone), so the client can show it and retry.
 */
export async function assertRowVersions<R extends RowVersion, V>(
  rows: readonly R[],
  currentViews: (stale: readonly R[]) => Promise<readonly (V | null)[]>,
): Promise<void> {
  const stale = rows.filter((row) => row.sent !== undefined && row.sent !== row.current);
  if (stale.length === 0) return;
  const views = await currentViews(stale);
  const named = stale.slice(0, MESSAGE_ROWS).map((row) => row.label);
  const more = stale.length > MESSAGE_ROWS ? ` dan ${stale.length - MESSAGE_ROWS} baris lain` : "";
  throw ApiError.conflict(
    `${named.join(", ")}${more} telah diubah oleh pengguna lain. Tidak ada yang disimpan; periksa nilai terbaru lalu coba lagi.`,
    { rows: stale.map((row, i): StaleRow<V> => ({ path: row.path, editVersion: row.current, current: views[i] ?? null })) },
  );
}

/** A paste can go stale on thousands of rows: the message names the first few. */
const MESSAGE_ROWS = 3;
