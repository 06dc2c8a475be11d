import { MAX_IMPORT_BYTES } from "@/lib/reference/limits";

/**
 * Upload limit of a backup file. A 2,000-pekerjaan project with a full jadwal is ~5 MB. It
 * must not exceed the middleware's body buffer (next.config.ts, sized for MAX_IMPORT_BYTES), or
 * a bigger file would arrive cut short instead of being refused with 413.
 */
export const MAX_BACKUP_BYTES = MAX_IMPORT_BYTES;
