"use client";

import { useEffect, useRef, useState } from "react";
import { formatPercent } from "@/lib/format/number";

export interface ChartPoint {
  /** Axis label: "M3", "Jan". */
  label: string;
  plannedCumulative: string;
  actualCumulative: string | null;
  deviation: string | null;
}

const HEIGHT = 360;
const PAD = { left: 44, right: 16, top: 16 };
const CURVE_H = 220;
const GAP = 36;
const DEVIATION_H = 60;

/**
 * Kurva S drawn as plain SVG, sized to its container: the cumulative planned curve, the
 * actual curve up to the last week with actuals, and below them the deviation per period as
 * bars around zero (red behind plan, green ahead). Numbers are display-only here; the table
 * beneath the chart shows the exact values.
 */
export default function KurvaSChart({ points }: { points: readonly ChartPoint[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const plotW = Math.max(1, width - PAD.left - PAD.right);
  const x = (i: number) => PAD.left + (points.length > 1 ? (i * plotW) / (points.length - 1) : plotW / 2);
  const top = Math.max(100, ...points.map((p) => Number(p.plannedCumulative)), ...points.map((p) => Number(p.actualCumulative ?? 0)));
  const y = (v: number) => PAD.top + CURVE_H - (v / top) * CURVE_H;
  const deviations = points.map((p) => (p.deviation === null ? null : Number(p.deviation)));
  const devMax = Math.max(5, ...deviations.map((d) => Math.abs(d ?? 0)));
  const devZero = PAD.top + CURVE_H + GAP + DEVIATION_H / 2;
  const devY = (d: number) => devZero - (d / devMax) * (DEVIATION_H / 2);
  const barW = Math.max(2, Math.min(16, plotW / Math.max(1, points.length) - 2));
  const labelEvery = Math.max(1, Math.ceil(points.length / Math.max(1, plotW / 48)));
  const path = (values: (number | null)[]) =>
    values.flatMap((v, i) => (v === null ? [] : [`${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(v).toFixed(1)}`])).join(" ");
  const last = [...points].reverse().find((p) => p.actualCumulative !== null);

  return (
    <div ref={ref} className="w-full">
      {width > 0 && (
        <svg
          width={width}
          height={HEIGHT}
          role="img"
          aria-label={`Kurva S: rencana kumulatif ${formatPercent(points.at(-1)?.plannedCumulative ?? "0")}% di akhir, realisasi kumulatif ${formatPercent(last?.actualCumulative ?? "0")}%, deviasi ${formatPercent(last?.deviation ?? "0")}%.`}
          className="text-slate-400"
        >
          {[0, 25, 50, 75, 100].map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={width - PAD.right} y1={y(v)} y2={y(v)} stroke="currentColor" strokeOpacity={0.3} />
              <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize={11} fill="#475569">
                {v}%
              </text>
            </g>
          ))}
          {points.map((p, i) =>
            i % labelEvery === 0 ? (
              <text key={p.label} x={x(i)} y={PAD.top + CURVE_H + 16} textAnchor="middle" fontSize={11} fill="#475569">
                {p.label}
              </text>
            ) : null,
          )}
          <path data-testid="kurva-rencana" d={path(points.map((p) => Number(p.plannedCumulative)))} fill="none" stroke="#1d4ed8" strokeWidth={2} strokeDasharray="6 4" />
          <path data-testid="kurva-realisasi" d={path(points.map((p) => (p.actualCumulative === null ? null : Number(p.actualCumulative))))} fill="none" stroke="#ea580c" strokeWidth={2.5} />
          {points.map((p, i) =>
            p.actualCumulative === null ? null : (
              <circle key={p.label} cx={x(i)} cy={y(Number(p.actualCumulative))} r={3} fill="#ea580c">
                <title>{`${p.label}: realisasi ${formatPercent(p.actualCumulative)}%, rencana ${formatPercent(p.plannedCumulative)}%`}</title>
              </circle>
            ),
          )}
          <text x={PAD.left} y={devZero - DEVIATION_H / 2 - 6} fontSize={11} fill="#475569">
            Deviasi (realisasi − rencana)
          </text>
          <line x1={PAD.left} x2={width - PAD.right} y1={devZero} y2={devZero} stroke="currentColor" />
          {deviations.map((d, i) =>
            d === null || d === 0 ? null : (
              <rect
                key={points[i]!.label}
                data-testid="deviasi-bar"
                x={x(i) - barW / 2}
                width={barW}
                y={Math.min(devY(d), devZero)}
                height={Math.abs(devY(d) - devZero)}
                fill={d < 0 ? "#dc2626" : "#16a34a"}
              >
                <title>{`${points[i]!.label}: deviasi ${formatPercent(String(d))}%`}</title>
              </rect>
            ),
          )}
        </svg>
      )}
      <ul className="mt-2 flex flex-wrap gap-4 text-xs text-slate-600" aria-label="Keterangan grafik">
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-0.5 w-6 border-t-2 border-dashed border-brand-600" /> Rencana kumulatif
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-0.5 w-6 bg-orange-600" /> Realisasi kumulatif
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-3 w-2 bg-red-600" /> Terlambat
          <span aria-hidden="true" className="ml-2 inline-block h-3 w-2 bg-green-600" /> Lebih cepat
        </li>
      </ul>
    </div>
  );
}

/** The element's width, following resizes: the chart is drawn in real pixels so text keeps its size. */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
