/**
 * The calc engine's result per project, kept in process while the project does not change.
 *
 * Reports are read far more often than a budget changes (Rekap RAB, Rekap Kebutuhan, every
 * Rincian AHSP page and export read the same analysis), and a 2,000-pekerjaan project costs
 * ~100 ms of CPU to load and analyze. Entries are kept per Project.contentRevision (see
 * lib/cache/content-revision-cache.ts): each request checks the contentRevision with one indexed read, or
 * none when the access check already read it. Bounded by lines held: big projects push out
 * the least recently used ones.
 */
import { sharedContentRevisionCache } from "@/lib/cache/content-revision-cache";
import type { ProjectAnalysis } from "@/lib/calc";
import { analyzeLoaded } from "./analysis";
import { currentContentRevision, type LoadedProject, loadProject } from "./load";

export interface CalcProject {
  project: LoadedProject;
  analysis: ProjectAnalysis;
}

interface Entry extends CalcProject {
  lines: number;
}

/** A 12,000-line project holds ~13 MB: at most ~3 such projects (~45 MB) per process. */
const MAX_CACHED_LINES = 40_000;

const entries = sharedContentRevisionCache<Entry>("calcProject", MAX_CACHED_LINES, (e) => e.lines);
// On globalThis like the cache: Next may load this module once per route bundle.
const holder = globalThis as unknown as { __calcLoads?: Map<string, Promise<Entry>> };
/** Loads under way, so parallel reads of a changed project (Rekap RAB and Kebutuhan tabs) share one. */
const loading = (holder.__calcLoads ??= new Map<string, Promise<Entry>>());

/**
 * The project loaded with every line and analyzed by the calc engine. `knownContentRevision` is
 * Project.contentRevision as the caller read it moments ago (the access check does, lib/projects/access):
 * it stands in for this request's contentRevision read.
 */
export async function calcProject(projectId: string, knownContentRevision?: number): Promise<CalcProject> {
  if (!entries.has(projectId) && !loading.has(projectId)) return load(projectId);
  const contentRevision = knownContentRevision ?? (await currentContentRevision(projectId));
  // Read after the await: a load may have finished meanwhile.
  const cached = entries.get(projectId, contentRevision);
  if (cached) return cached;
  const pending = loading.get(projectId);
  if (pending) {
    const entry = await pending;
    if (entry.project.contentRevision >= contentRevision) return entry;
  }
  return load(projectId);
}

async function load(projectId: string): Promise<Entry> {
  const promise = loadProject(projectId, { lines: true }).then((project) => {
    const entry = { project, analysis: analyzeLoaded(project), lines: countLines(project) };
    entries.set(projectId, project.contentRevision, entry);
    return entry;
  });
  loading.set(projectId, promise);
  try {
    return await promise;
  } finally {
    if (loading.get(projectId) === promise) loading.delete(projectId);
  }
}

function countLines(project: LoadedProject): number {
  let lines = 0;
  for (const p of project.pekerjaan.values()) lines += p.lines.length;
  return lines;
}
