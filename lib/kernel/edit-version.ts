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
