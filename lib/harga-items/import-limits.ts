/**
 * Upload limit of a price list. A regency's whole SSH/SBU list (10,708 rows) is 1.3 MB as
 * CSV; 10 MB leaves room for styled XLSX. Below next.config.ts's proxy body buffer (sized
 * for the 20 MB library upload), so an oversized upload reaches the route and gets its 413.
 */
export const MAX_HARGA_FILE_BYTES = 10 * 1024 * 1024;

/** Rows of a price list file (a regency's whole list: 10,708), header and blank lines included. */
export const MAX_HARGA_FILE_ROWS = 50_000;
