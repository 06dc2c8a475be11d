"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent, formatRupiah } from "@/lib/format/number";

/**
 * The dashboard's three charts (recharts, loaded lazily by DashboardCharts). They only plot:
 * every value is in the table beside each chart, as exact decimals, so turning the strings into
 * numbers here loses nothing shown. Widths follow the container, so a chart fits 360 px.
 */

export interface BudgetBar {
  label: string;
  /** Rupiah, exact decimal text. */
  totalBudget: string;
}

export interface ProgressBar {
  label: string;
  planned: string;
  actual: string;
}

const BRAND = "#1d4ed8";
const ACTUAL = "#ea580c";

/** "Rp 1,2 M" on an axis: the exact figure is in the table. */
const compact = new Intl.NumberFormat("id-ID", { notation: "compact", maximumFractionDigits: 1 });

export function BudgetChart({ bars }: { bars: BudgetBar[] }) {
  const data = bars.map((b) => ({ label: b.label, value: Number(b.totalBudget), text: b.totalBudget }));
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
        <YAxis tickFormatter={(v: number) => compact.format(v)} tick={{ fontSize: 12 }} width={56} />
        <Tooltip formatter={(_v, _n, item) => formatRupiah((item.payload as { text: string }).text)} />
        <Bar dataKey="value" name="Total RAB" fill={BRAND} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function ProgressChart({ bars }: { bars: ProgressBar[] }) {
  const data = bars.map((b) => ({ label: b.label, planned: Number(b.planned), actual: Number(b.actual) }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, 48 * data.length + 60)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={96} tick={{ fontSize: 11 }} />
        <Tooltip formatter={(v) => `${formatPercent(String(v))}%`} />
        <Legend />
        <Bar dataKey="planned" name="Rencana" fill={BRAND} />
        <Bar dataKey="actual" name="Realisasi" fill={ACTUAL} />
      </BarChart>
    </ResponsiveContainer>
  );
}
