"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Notice } from "@/components/ui/notice";
import { useApiAction } from "@/components/ui/use-api-action";
import { apiFetch } from "@/lib/api/client";
import { formatDay } from "@/lib/format/date";
import { formatDecimal, formatPercent, formatRupiah } from "@/lib/format/number";
import type { KurvaSPointView, KurvaSSummary, KurvaSView } from "@/lib/jadwal/types";
import type { ChartPoint } from "./kurva-s-chart";
import { SegmentedChoice } from "./segmented-choice";

// The chart is only drawn in the browser and is not needed for the first paint.
const KurvaSChart = dynamic(() => import("./kurva-s-chart"), {
  ssr: false,
  loading: () => <div className="h-[360px] animate-pulse rounded bg-slate-100" aria-label="Memuat grafik" />,
});

const monthLabel = new Intl.DateTimeFormat("id-ID", { month: "short", year: "2-digit", timeZone: "UTC" });

interface Period extends KurvaSPointView, ChartPoint {
  name: string;
}

function periodsOf(view: KurvaSView): Period[] {
  if (view.months) {
    return view.months.map((m) => {
      const label = m.calendarMonth ? monthLabel.format(new Date(`${m.calendarMonth}-01T00:00:00Z`)) : "Awal";
      return { ...m, label, name: m.month === 0 ? "Awal" : `Bulan ${m.month}` };
    });
  }
  return (view.weeks ?? []).map((w) => ({ ...w, label: `M${w.week}`, name: w.week === 0 ? "Awal" : `Minggu ${w.week}` }));
}

/**
 * The Kurva S tab: the chart (lazy-loaded), the earned-value summary, and the same numbers as
 * a table beneath, per week or per calendar month.
 */
export function KurvaSPanel({ projectId, version, initial }: { projectId: string; version?: string; initial: KurvaSView }) {
  const path = `/api/v1/projects/${projectId}${version ? `/versions/${version}` : ""}/kurva-s`;
  const [view, setView] = useState<"week" | "month">("week");
  const [data, setData] = useState(initial);
  const action = useApiAction();

  async function show(next: "week" | "month") {
    const previous = view;
    setView(next);
    const result = await action.run(() => apiFetch<KurvaSView>(`${path}?view=${next}`));
    if (result.ok) setData(result.value);
    else setView(previous);
  }

  const periods = periodsOf(data);
  const { summary } = data;
  return (
    <section aria-label="Kurva S" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600">Bobot tiap pekerjaan = jumlah harga pekerjaan / total biaya langsung (Rekap RAB).</p>
        <SegmentedChoice
          label="Tampilan"
          value={view}
          onChange={(v) => void show(v)}
          options={[
            ["week", "Mingguan"],
            ["month", "Bulanan"],
          ]}
        />
      </div>
      {summary.equalWeights && (
        <Notice tone="warning">Total biaya langsung masih 0 (belum ada harga): setiap pekerjaan bervolume diberi bobot sama.</Notice>
      )}
      {!summary.complete && (
        <Notice tone="warning">
          Jadwal belum lengkap: {summary.incompletePekerjaan} pekerjaan belum direncanakan 100%, sehingga kurva rencana belum mencapai 100%.
        </Notice>
      )}
      {action.error && <Notice tone="error">{action.error}</Notice>}
      <SummaryCards summary={summary} />
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <KurvaSChart points={periods} />
      </div>
      <PointsTable periods={periods} month={data.months !== undefined} />
    </section>
  );
}

function SummaryCards({ summary }: { summary: KurvaSSummary }) {
  const deviation = Number(summary.deviation);
  const ratio = (value: string | null) => (value === null ? "—" : formatDecimal(value, { maxDecimals: 2, minDecimals: 2 }));
  const cards: [string, string, string?][] = [
    ["Minggu laporan", summary.lastActualWeek === 0 ? "Belum ada realisasi" : `Minggu ${summary.asOfWeek}`],
    ["Rencana kumulatif", `${formatPercent(summary.plannedCumulative)}%`],
    ["Realisasi kumulatif", `${formatPercent(summary.actualCumulative)}%`],
    ["Deviasi", `${formatPercent(summary.deviation)}%`, deviation < 0 ? "text-red-700" : deviation > 0 ? "text-green-700" : ""],
    ["PV (nilai rencana)", formatRupiah(summary.PV)],
    ["EV (nilai hasil)", formatRupiah(summary.EV)],
    ["AC (biaya aktual)", summary.AC === null ? "—" : formatRupiah(summary.AC)],
    ["SPI = EV / PV", ratio(summary.SPI)],
    ["CPI = EV / AC", ratio(summary.CPI)],
  ];
  return (
    <section aria-label="Ringkasan nilai hasil">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {cards.map(([term, value, tone = ""]) => (
          <div key={term} className="rounded-lg border border-slate-200 bg-white px-3 py-2">
            <dt className="text-xs text-slate-500">{term}</dt>
            <dd className={`mt-0.5 text-base font-semibold tabular-nums ${tone}`}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function PointsTable({ periods, month }: { periods: readonly Period[]; month: boolean }) {
  const pct = (v: string | null) => (v === null ? "—" : formatPercent(v));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" aria-label={`Kurva S per ${month ? "bulan" : "minggu"}`}>
        <thead className="bg-slate-100 text-xs text-slate-600">
          <tr>
            <th className="px-3 py-2 text-left font-medium">{month ? "Bulan" : "Minggu"}</th>
            <th className="px-3 py-2 text-left font-medium">Tanggal</th>
            <th className="px-3 py-2 text-right font-medium">Rencana %</th>
            <th className="px-3 py-2 text-right font-medium">Rencana kumulatif %</th>
            <th className="px-3 py-2 text-right font-medium">Realisasi %</th>
            <th className="px-3 py-2 text-right font-medium">Realisasi kumulatif %</th>
            <th className="px-3 py-2 text-right font-medium">Deviasi %</th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {periods.map((p) => (
            <tr key={p.name} className="border-t border-slate-100">
              <th scope="row" className="px-3 py-1.5 text-left font-medium">
                {p.name}
              </th>
              <td className="px-3 py-1.5 text-slate-600">{p.start && p.end ? `${formatDay(p.start)} – ${formatDay(p.end)}` : "—"}</td>
              <td className="px-3 py-1.5 text-right">{pct(p.planned)}</td>
              <td className="px-3 py-1.5 text-right">{pct(p.plannedCumulative)}</td>
              <td className="px-3 py-1.5 text-right">{pct(p.actual)}</td>
              <td className="px-3 py-1.5 text-right">{pct(p.actualCumulative)}</td>
              <td className={`px-3 py-1.5 text-right ${p.deviation && Number(p.deviation) < 0 ? "text-red-700" : ""}`}>
                {pct(p.deviation)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
