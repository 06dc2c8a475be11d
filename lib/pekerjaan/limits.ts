/**
 * Bounds of the pekerjaan writes that take many items at once.
 * - A batch from the library (POST …/pekerjaan/batch) adds at most 200 items: more than a
 *   sub-klasifikasi of any real RAB holds, and small enough to commit well within a second
 *   (`npm run bench:batch`). Its lines are at most 200 × the library's largest analysis (38).
 */
export const MAX_BATCH_ITEMS = 200;
