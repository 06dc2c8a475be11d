/**
 * GET …/exports/backup.json: the project's snapshot as a download (registered in
 * lib/exports/registry). POST /projects/import takes the same file back.
 */
import type { Exporter } from "@/lib/exports/registry";
import { exportFileName } from "@/lib/exports/filename";
import { readSnapshot } from "./read";

export const backupExport: Exporter = async (projectId, now) => {
  const snapshot = await readSnapshot(projectId);
  return {
    body: Buffer.from(JSON.stringify(snapshot), "utf8"),
    contentType: "application/json; charset=utf-8",
    fileName: exportFileName("Cadangan", snapshot.project.name, "json", now),
  };
};
