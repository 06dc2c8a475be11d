/**
 * GET …/compare: two sides of a project (versions or the live estimate) analyzed by the calc
 * engine, then compared (./compare.ts). A version of another project is a 404 (calcVersion).
 */
import "server-only";
import { env } from "@/lib/env";
import { type CalcProject, calcProject } from "@/lib/rekap/cache";
import { db } from "@/lib/db/client";
import { calcVersion } from "./calc";
import { findVersionRow } from "./repository";
import { compareProjects } from "./compare";
import type { CompareQuery } from "./schemas";
import { type CompareSide, type CompareSideRef, type Comparison, type ComparisonView, LIVE_NAME } from "./types";

/** `knownContentRevision`: the live project's, as the access check read it (see calcProject). */
export async function getComparison(projectId: string, query: CompareQuery, knownContentRevision?: number): Promise<ComparisonView> {
  const [comparison, from, to] = await Promise.all([
    comparisonOf(projectId, query, knownContentRevision),
    sideLabel(projectId, query.from),
    sideLabel(projectId, query.to),
  ]);
  return { from, to, ...comparison };
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

/** How the answer names a side (a version's row is one indexed read). */
async function sideLabel(projectId: string, ref: CompareSideRef): Promise<CompareSide> {
  if (ref === "live") return { id: ref, name: LIVE_NAME, kind: null, createdAt: null };
  const { id, name, kind, createdAt } = await findVersionRow(db(), projectId, ref);
  return { id, name, kind, createdAt };
}
