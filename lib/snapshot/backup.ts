/**
 * GET …/exports/backup.json: the project's snapshot as a download (registered in
 * lib/exports/registry). POST /projects/import takes the same file back.
 */
import { ApiError } from "@/lib/kernel/errors";
import type { Exporter } from "@/lib/exports/registry";
import { exportFileName } from "@/lib/exports/filename";
import { notFromVersion } from "@/lib/exports/source";
import { formatInteger } from "@/lib/format/number";
import { readSnapshot } from "./read";
import { MAX_BACKUP_BYTES } from "./limits";

export const backupExport: Exporter = async (source, now) => {
  // A version is restored or copied in place (README "Versi dan addendum"), not carried as a file.
  if (source.version) throw notFromVersion("Cadangan");
  const snapshot = await readSnapshot(source.projectId);
  const body = Buffer.from(JSON.stringify(snapshot), "utf8");
  // A backup the import would refuse is no backup: say so now rather than at restore time.
  if (body.length > MAX_BACKUP_BYTES) {
    const message = `Berkas cadangan proyek ini ${formatInteger(body.length / 1024 / 1024)} MB, melebihi batas impor ${formatInteger(MAX_BACKUP_BYTES / 1024 / 1024)} MB.`;
    throw ApiError.conflict(message, { reason: "BACKUP_TOO_LARGE", maxBytes: MAX_BACKUP_BYTES });
  }
  return {
    body,
    contentType: "application/json; charset=utf-8",
    fileName: exportFileName("Cadangan", snapshot.project.name, "json", now),
  };
};
