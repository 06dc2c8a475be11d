/**
 * Upload limit of a library file. The full national list is 1.7 MB as CSV; 20 MB leaves
 * room for XLSX with styling and other editions. Also read by next.config.ts, whose
 * middleware body buffer must be larger, or a bigger upload would arrive cut short
 * instead of being refused.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * Kodes per POST /api/v1/ahsp/resolve: a pasted list is added with one batch, which takes at
 * most MAX_BATCH_ITEMS (lib/pekerjaan/limits.ts) items; a kode is at most 100 characters.
 */
export const MAX_RESOLVE_KODES = 200;
export const MAX_KODE_LENGTH = 100;
