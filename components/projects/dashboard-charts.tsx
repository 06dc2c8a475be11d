"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import { formatInteger, formatPercent, formatRupiah } from "@/lib/format/number";
import type { ProjectProgress, ProjectStats } from "@/lib/projects/types";

// Charts are drawn only in the browser, after the figures: recharts is not in the page's first load.
const loading = () => <div className="h-[240px] animate-pulse rounded bg-slate-100" aria-label="Memuat grafik" />;
const BudgetChart = dynamic(() => import("./portfolio-charts").then((m) => m.BudgetChart), { ssr: false, loading });
const ProgressChart = dynamic(() => import("./portfolio-charts").then((m) => m.ProgressChart), { ssr: false, loading });

/** Sources beyond these are summed as "Lainnya" in the chart (the table lists every one). */
const TOP_SOURCES = 5;

/**
 * Budget by year, the largest funding sources, and progress per running project. Each chart
 * is a picture for sighted users (aria-hidden) beside a table with its exact values, the text
 * alternative (WCAG 1.1.1) that screen readers and small screens use.
 */
export function DashboardCharts({ stats, progress }: { stats: ProjectStats; progress: ProjectProgress[] }) {
  const years = stats.byYear.map((y) => ({
    label: y.year === null ? "Tanpa TA" : String(y.year),
    totalBudget: y.totalBudget,
    count: y.count,
  }));
  const sources = stats.byFundingSource
    .slice(0, TOP_SOURCES)
    .map((s) => ({ label: s.fundingSource, totalBudget: s.totalBudget, count: s.count }));
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
      <ChartCard title="Anggaran per tahun anggaran" empty={years.length === 0}>
        <BudgetChart bars={years} />
        <BudgetTable caption="Anggaran per tahun anggaran" head="Tahun anggaran" rows={years} />
      </ChartCard>
      <ChartCard title={`Sumber dana terbesar (${TOP_SOURCES} teratas)`} empty={sources.length === 0}>
        <BudgetChart bars={sources} />
        <BudgetTable caption="Sumber dana terbesar" head="Sumber dana" rows={sources} />
      </ChartCard>
      <ChartCard title="Progres proyek berjalan" empty={progress.length === 0} emptyText="Tidak ada proyek berjalan.">
        <ProgressChart bars={progress.map((p) => ({ label: shortName(p.name), planned: p.planned, actual: p.actual }))} />
        <table className="w-full table-fixed text-sm">
          <caption className="sr-only">Progres proyek berjalan: rencana dan realisasi kumulatif</caption>
          <thead className="text-left text-slate-600">
            <tr>
              <th scope="col" className="w-1/2 py-1 font-medium">
                Proyek
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Rencana
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Realisasi
              </th>
            </tr>
          </thead>
          <tbody>
            {progress.map((p) => (
              <tr key={p.id} className="border-t border-slate-100">
                <th scope="row" className="py-1 text-left font-normal break-words [overflow-wrap:anywhere]">
                  {p.name}
                </th>
                <td className="py-1 text-right tabular-nums">{formatPercent(p.planned)}%</td>
                <td className="py-1 text-right tabular-nums">{formatPercent(p.actual)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartCard>
    </div>
  );
}

function ChartCard({
  title,
  empty,
  emptyText = "Belum ada data.",
  children,
}: {
  title: string;
  empty: boolean;
  emptyText?: string;
  children: [ReactNode, ReactNode];
}) {
  return (
    <section className="min-w-0 rounded-lg border border-slate-200 bg-white p-3">
      <h2 className="text-sm font-semibold text-slate-800">{title}</h2>
      {empty ? (
        <p className="mt-2 text-sm text-slate-600">{emptyText}</p>
      ) : (
        <>
          <div aria-hidden="true" className="mt-2">
            {children[0]}
          </div>
          <div className="mt-2">{children[1]}</div>
        </>
      )}
    </section>
  );
}

function BudgetTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string;
  rows: { label: string; totalBudget: string; count: number }[];
}) {
  return (
    <table className="w-full table-fixed text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-left text-slate-600">
        <tr>
          <th scope="col" className="py-1 font-medium">
            {head}
          </th>
          <th scope="col" className="w-16 py-1 text-right font-medium">
            Proyek
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Total RAB
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label} className="border-t border-slate-100">
            <th scope="row" className="py-1 text-left font-normal break-words [overflow-wrap:anywhere]">
              {r.label}
            </th>
            <td className="py-1 text-right tabular-nums">{formatInteger(r.count)}</td>
            <td className="py-1 text-right tabular-nums [overflow-wrap:anywhere]">{formatRupiah(r.totalBudget)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An axis label: a long name is cut with "…" (the table beside it has the whole name). */
function shortName(name: string): string {
  return name.length > 14 ? `${name.slice(0, 13)}…` : name;
}
