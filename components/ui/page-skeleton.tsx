/**
 * What a page shows while the server renders it (a route's loading.tsx): after a short delay,
 * so a fast navigation does not flash, a "Memuat …" status for screen readers and grey bars in
 * the shape of a report. The delay is CSS only: this renders on the server, with no script.
 */
export function PageSkeleton({ label = "Memuat halaman…", rows = 8 }: { label?: string; rows?: number }) {
  return (
    <div role="status" aria-live="polite" className="animate-[skeleton-in_0s_linear_300ms_both] space-y-3" data-testid="page-skeleton">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="h-1 w-full overflow-hidden rounded bg-brand-50">
        <div className="h-full w-1/3 animate-[skeleton-bar_1.2s_ease-in-out_infinite] bg-brand-600" />
      </div>
      <div aria-hidden="true" className="h-9 w-64 max-w-full animate-pulse rounded bg-slate-200" />
      <div aria-hidden="true" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="h-5 animate-pulse rounded bg-slate-100" style={{ width: `${100 - ((i * 17) % 40)}%` }} />
        ))}
      </div>
    </div>
  );
}
