/**
 * GET …/compare: two sides of a project (versions or the live estimate) analyzed by the calc
 * engine, then compared (./compare.ts). A version of another project is a 404 (calcVersion).
 */
import "server-only";
import { env } from "@/lib/env";
import { type CalcProject, calcProject } from "@/lib/rekap/cache";
import { calcVersion } from "./calc";
import { compareProjects } from "./compare";
import type { CompareQuery } from "./schemas";
import type { CompareSide, CompareSideRef, Comparison, ComparisonView } from "./types";

/** `knownContentRevision`: the live project's, as the access check read it (see calcProject). */
export async function getComparison(projectId: string, query: CompareQuery, knownContentRevision?: number): Promise<ComparisonView> {
  const comparison = await comparisonOf(projectId, query, knownContentRevision);
  return { from: sideLabel(query.from), to: sideLabel(query.to), ...comparison };
}

export async function comparisonOf(projectId: string, { from, to }: CompareQuery, knownContentRevision?: number): Promise<Comparison> {
  const [before, after] = await Promise.all([
    calcSide(projectId, from, knownContentRevision),
    calcSide(projectId, to, knownContentRevision),
  ]);
  return compareProjects(before, after, { thresholdPercent: env().ADDENDUM_THRESHOLD_PERCENT });
}

function calcSide(projectId: string, ref: CompareSideRef, knownContentRevision?: number): Promise<CalcProject> {
  return ref === "live" ? calcProject(projectId, knownContentRevision) : calcVersion(projectId, ref);
}

/** How the answer names a side. */
function sideLabel(ref: CompareSideRef): CompareSide {
  return { id: ref };
}
