import "server-only";
import { ApiError } from "@/lib/kernel/errors";
import type { CalcProject } from "@/lib/rekap/cache";

/** A version of the project, analyzed by the calc engine like the live project. */
export async function calcVersion(projectId: string, versionId: string): Promise<CalcProject> {
  void projectId;
  void versionId;
  throw ApiError.notFound("Versi tidak ditemukan.");
}
