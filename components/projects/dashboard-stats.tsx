import { formatInteger, formatRupiah } from "@/lib/format/number";
import { STATUS_LABELS } from "@/lib/projects/status";
import type { ProjectStats } from "@/lib/projects/types";

/** The filtered projects in figures: their number, their Rekap RAB totals, this year's, per status. */
export function DashboardStats({ stats }: { stats: ProjectStats }) {
  const year = Number(stats.today.slice(0, 4));
  const thisYear = stats.byYear.find((y) => y.year === year);
  return (
    <section aria-labelledby="statistik-proyek">
      <h2 id="statistik-proyek" className="sr-only">
        Statistik proyek
      </h2>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Stat label="Jumlah proyek" value={formatInteger(stats.count)} />
        <Stat label="Total anggaran (Rekap RAB, PPN termasuk)" value={formatRupiah(stats.totalBudget)} testId="stat-total" />
        <Stat
          label={`Tahun anggaran ${year}`}
          value={formatRupiah(thisYear?.totalBudget ?? "0")}
          note={`${formatInteger(thisYear?.count ?? 0)} proyek`}
        />
      </dl>
      <dl className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {stats.byStatus.map((s) => (
          <Stat key={s.status} label={STATUS_LABELS[s.status]} value={formatInteger(s.count)} note={formatRupiah(s.totalBudget)} />
        ))}
      </dl>
    </section>
  );
}

function Stat({ label, value, note, testId }: { label: string; value: string; note?: string; testId?: string }) {
  return (
    <div className="min-w-0 rounded-lg border border-slate-200 bg-white p-3">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-lg font-semibold tabular-nums break-words" data-testid={testId}>
        {value}
      </dd>
      {note && <dd className="text-xs text-slate-600 break-words">{note}</dd>}
    </div>
  );
}
