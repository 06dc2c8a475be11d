import { z } from "zod";
import { route } from "@/lib/api/route";
import { MAX_BACKUP_BYTES } from "@/lib/snapshot/limits";
import { importBackup } from "@/lib/snapshot/service";

/**
 * Restores a backup (GET …/exports/backup.json) as a new project of the caller. The body is
 * the file itself, validated whole by lib/snapshot/validate. Bulk rate limit (policy.ts).
 */
export const POST = route(
  { body: z.unknown(), maxBodyBytes: MAX_BACKUP_BYTES, status: 201, securityEvent: "project.imported" },
  ({ auth, body }) => importBackup(auth.user.id, body),
);
