/** One export of a project as an HTTP download. */
import "server-only";
import { ApiError } from "@/lib/kernel/errors";
import { db } from "@/lib/db/client";
import { assertExportable } from "@/lib/projects/limits";
import { contentDisposition } from "./filename";
import { exporterOf } from "./registry";
import type { ExportOptions } from "./schemas";
import { liveSource, versionSource } from "./source";

export async function exportResponse(projectId: string, file: string, options: ExportOptions, now = new Date()): Promise<Response> {
  const exporter = exporterOf(file);
  if (!exporter) throw ApiError.notFound(`Ekspor "${file.slice(0, 60)}" tidak tersedia.`);
  await assertExportable(db(), projectId);
  const source = options.version ? await versionSource(projectId, options.version) : liveSource(projectId);
  const { body, contentType, fileName } = await exporter(source, source.version?.createdAt ?? now, options);
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": contentDisposition(fileName),
      "Content-Length": String(body.length),
      "Cache-Control": "private, no-store",
    },
  });
}
