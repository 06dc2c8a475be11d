/**
 * Upload limit of a library file. The full national list is 1.7 MB as CSV; 20 MB leaves
 * room for XLSX with styling and other editions. Also read by next.config.ts, whose
 * middleware body buffer must be larger, or a bigger upload would arrive cut short
 * instead of being refused.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
