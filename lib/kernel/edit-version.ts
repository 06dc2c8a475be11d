/**
 * `editVersion`, the optimistic-concurrency counter of a project and of a pekerjaan's lines
 * (GLOSSARY.md): a client sends the value it read, and a stale one is a 409 naming the current
 * one, so a save never silently overwrites someone else's.
 */
import { z } from "zod";
import { ApiError } from "./errors";
import { acceptOldName } from "./renamed";

const editVersionField = z.int().min(0).optional();

/** A request body schema: `shape` plus the token, as `editVersion` or its old name `version`. */
export function withEditVersion<S extends z.ZodRawShape>(shape: S) {
  return z
    .strictObject({ ...shape, editVersion: editVersionField, version: editVersionField })
    .transform(acceptOldName("editVersion", "version"));
}

/** Refuses a stale `sent` (409); without one the client did not ask for the check. */
export function assertEditVersion(current: number, sent: number | undefined, message: string): void {
  if (sent === undefined || sent === current) return;
  // currentVersion: the old name, kept in the details for one release like the field itself.
  throw ApiError.conflict(message, { currentEditVersion: current, currentVersion: current });
}
