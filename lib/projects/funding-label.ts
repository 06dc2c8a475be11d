/**
 * "Dana Desa TA 2026" under a project's name: the funding source with its fiscal year, unless
 * the person already wrote the year into the source (which printed "Dana Desa TA 2026 2026").
 * Browser-safe: the project header renders it.
 */
export function fundingLabel(fundingSource: string, fiscalYear: number | null | undefined): string {
  const source = fundingSource.trim();
  if (!fiscalYear) return source;
  if (new RegExp(`(^|\\D)${fiscalYear}(\\D|$)`).test(source)) return source;
  return source ? `${source} TA ${fiscalYear}` : `TA ${fiscalYear}`;
}
