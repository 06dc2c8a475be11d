/**
 * Bounds of the bulk project upload (POST /projects/upload; README "Dasbor proyek"). Browser-safe:
 * the upload dialog states them. 500 projects of a dozen short fields are ~50 KB as CSV; 2 MB
 * leaves room for a styled XLSX.
 */
export const MAX_PROJECT_UPLOAD_BYTES = 2 * 1024 * 1024;
/** Project rows per file (blank rows not counted). */
export const MAX_PROJECT_UPLOAD_ROWS = 500;
