/**
 * A report tab opened on a version (?versi={versionId}, README "Versi dan addendum"): the
 * version the URL names, read through lib/versions, or the live estimate without one. An id that
 * is no version of this project renders Next's 404 page, like a project the caller can not see.
 */
import { notFound } from "next/navigation";
import { z } from "zod";
import { ApiError } from "@/lib/kernel/errors";
import { getVersion } from "@/lib/versions/service";
import type { VersionView } from "@/lib/versions/types";

export type VersiSearchParams = Promise<{ versi?: string | string[] }>;

export async function workspaceVersion(projectId: string, searchParams: VersiSearchParams): Promise<VersionView | null> {
  const { versi } = await searchParams;
  if (versi === undefined || versi === "") return null;
  if (!z.uuid().safeParse(versi).success) notFound();
  try {
    return await getVersion(projectId, versi as string);
  } catch (error) {
    if (error instanceof ApiError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
