"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "@/lib/format/number";

export interface ChartPoint {
  /** Axis label: "M3", "Jan". */
  label: string;
  plannedCumulative: string;
  actualCumulative: string | null;
  deviation: string | null;
}

const PLANNED = "#1d4ed8";
const ACTUAL = "#ea580c";
const BEHIND = "#dc2626";
const AHEAD = "#16a34a";
const BAR_WIDTH = 10;

/**
 * Kurva S (recharts, loaded lazily by the panel): the cumulative planned curve, the actual
 * curve up to the last period with actuals, and beneath it the deviation per period as bars
 * around zero, red behind plan and green ahead. The chart only plots: the exact decimal
 * values are in the table beneath it, so converting to numbers here loses nothing shown.
 *
 * Not drawn with lib/exports/chart's layout on purpose: that model places a fixed-size page
 * figure (box, ten grid steps, thinned labels, legend) for the PDF and XLSX, while this one is
 * interactive (responsive width, tooltips synced with the deviation bars, which the documents
 * do not have). What the two share is the data: both plot lib/jadwal/kurva-s's cumulative
 * planned and actual percents, so they can differ in look, never in values.
 */
export default function KurvaSChart({ points }: { points: readonly ChartPoint[] }) {
  const data = points.map(plotted);
  const last = [...points].reverse().find((p) => p.actualCumulative !== null);
  const label = `Kurva S: rencana kumulatif ${formatPercent(points.at(-1)?.plannedCumulative ?? "0")}% di akhir, realisasi kumulatif ${formatPercent(last?.actualCumulative ?? "0")}%, deviasi ${formatPercent(last?.deviation ?? "0")}%.`;
  const percentTick = (v: number) => `${v}%`;
  const tooltipValue = (value: unknown) => `${formatPercent(String(value))}%`;

  return (
    <div role="img" aria-label={label} className="w-full">
      <LineChart
        data={data}
        syncId="kurva-s"
        style={{ width: "100%", height: 260 }}
        responsive
        margin={{ top: 8, right: 16, left: 0, bottom: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} padding={{ left: BAR_WIDTH / 2, right: BAR_WIDTH / 2 }} />
        <YAxis
          domain={[0, (max: number) => Math.max(100, Math.ceil(max))]}
          tickFormatter={percentTick}
          tick={{ fontSize: 11 }}
          width={48}
        />
        <Tooltip formatter={tooltipValue} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line
          name="Rencana kumulatif"
          dataKey="plannedCumulative"
          stroke={PLANNED}
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          name="Realisasi kumulatif"
          className="kurva-realisasi"
          dataKey="actualCumulative"
          stroke={ACTUAL}
          strokeWidth={2.5}
          dot={{ r: 3 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
      <p className="mt-3 text-xs text-slate-600">Deviasi (realisasi − rencana)</p>
      <BarChart
        data={data}
        syncId="kurva-s"
        stackOffset="sign"
        style={{ width: "100%", height: 110 }}
        responsive
        margin={{ top: 4, right: 16, left: 0, bottom: 0 }}
      >
        {/* Point scale, like the curve's axis above, so each bar sits under its period's point. */}
        <XAxis dataKey="label" hide scale="point" padding={{ left: BAR_WIDTH / 2, right: BAR_WIDTH / 2 }} />
        <YAxis tickFormatter={percentTick} tick={{ fontSize: 11 }} width={48} />
        <ReferenceLine y={0} stroke="#94a3b8" />
        <Tooltip formatter={tooltipValue} />
        <Bar
          name="Terlambat"
          className="deviasi-bar"
          dataKey="behind"
          stackId="deviasi"
          fill={BEHIND}
          barSize={BAR_WIDTH}
          isAnimationActive={false}
        />
        <Bar
          name="Lebih cepat"
          className="deviasi-bar"
          dataKey="ahead"
          stackId="deviasi"
          fill={AHEAD}
          barSize={BAR_WIDTH}
          isAnimationActive={false}
        />
      </BarChart>
    </div>
  );
}

function plotted(p: ChartPoint) {
  const deviation = p.deviation === null ? null : Number(p.deviation);
  return {
    label: p.label,
    plannedCumulative: Number(p.plannedCumulative),
    actualCumulative: p.actualCumulative === null ? null : Number(p.actualCumulative),
    behind: deviation !== null && deviation < 0 ? deviation : null,
    ahead: deviation !== null && deviation > 0 ? deviation : null,
  };
}
