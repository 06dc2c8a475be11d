/**
 * The change feed an open project page polls (README "Perubahan bersamaan"). A poll of an
 * unchanged project costs nothing beyond the access check, which read the version already.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { changesSince } from "./repository";
import type { ChangeFeed } from "./types";

/** Enough to name who changed what; a page that missed more reloads anyway. */
export const CHANGE_FEED_LIMIT = 50;

export async function changeFeed(project: { id: string; changeVersion: number }, since: number): Promise<ChangeFeed> {
  const version = project.changeVersion;
  // Versions only grow: nothing can be newer than `since` unless the version is.
  if (since >= version) return { version, changed: since !== version, changes: [] };
  const rows = await changesSince(db(), project.id, since, CHANGE_FEED_LIMIT);
  return {
    version,
    changed: true,
    changes: rows.reverse().map(({ version: entryVersion, at, entity, action, userId, userName }) => ({
      version: entryVersion,
      at,
      user: userId === null ? null : { id: userId, name: userName ?? "" },
      entity,
      action,
    })),
  };
}
