/**
 * Jadwal and Kurva S views per project, kept in process while nothing they are made of changes.
 *
 * A full 52-week plan of a 2,000-pekerjaan project is ~100,000 entries: aggregating them costs
 * far more than the page that shows them, and a jadwal is read much more often than it is
 * edited. A view is made of the calendar (start, duration, week end), the tree and prices
 * (Project.contentRevision) and the entries (Project.jadwalRevision); database triggers move both
 * counters on every write, whoever makes it, so one indexed read tells whether a kept view is
 * still the truth. Each process keeps its own views: a cluster stays correct without
 * coordination. Views are shared between requests: callers must treat them as read-only.
 */
import "server-only";
import type { LRUCache } from "lru-cache";
import { weightedLru } from "@/lib/cache/weighted-lru";
import { db } from "@/lib/db/client";
import { calendarOf } from "./calendar";
import type { JadwalCalendar, JadwalViewKind } from "./types";

interface Kept {
  stamp: string;
  value: unknown;
  cells: number;
}

/** ~500,000 cells is about five dense 2,000 × 52 Jadwal views, tens of MB at most. */
const MAX_CACHED_CELLS = 500_000;

// On globalThis: Next may load this module once per route bundle, the cache must be one.
const holder = globalThis as unknown as { __jadwalViews?: LRUCache<string, Kept> };
const kept = (holder.__jadwalViews ??= weightedLru<Kept>(MAX_CACHED_CELLS, (e) => e.cells));

export interface JadwalViewBuilder<T> {
  /** Which view: "jadwal" or "kurva-s". */
  name: string;
  build: (calendar: JadwalCalendar) => Promise<T>;
  /** Roughly how many values the view holds, to bound the memory kept. */
  cells: (value: T) => number;
}

export async function cachedJadwalView<T>(projectId: string, view: JadwalViewKind, builder: JadwalViewBuilder<T>): Promise<T> {
  const project = await db().project.findUniqueOrThrow({
    where: { id: projectId },
    select: { startDate: true, durationDays: true, weekEndDay: true, contentRevision: true, jadwalRevision: true },
  });
  const calendar = calendarOf(project);
  // Read before building: a write landing meanwhile can only make the kept view newer than its stamp.
  const stamp = [project.contentRevision, project.jadwalRevision, calendar.startDate, calendar.durationDays, calendar.weekEndDay].join(":");
  const slot = `${builder.name}:${view}:${projectId}`;
  const hit = kept.get(slot);
  if (hit?.stamp === stamp) return hit.value as T;
  const value = await builder.build(calendar);
  kept.set(slot, { stamp, value, cells: builder.cells(value) });
  return value;
}
