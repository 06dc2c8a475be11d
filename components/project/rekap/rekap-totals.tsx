import { formatDecimal, formatPercent, formatRupiah } from "@/lib/format/number";
import { rekapRoundingNote } from "@/lib/format/unit-price-rounding";
import type { RekapRabView } from "@/lib/rekap/types";

/** D, PPN, total, pembulatan and the amount in words, as the foot of an RAB document. */
export function RekapTotals({ totals }: { totals: RekapRabView["totals"] }) {
  const rows: [string, string, string][] = [
    ["Jumlah biaya langsung (D)", totals.totalBiayaLangsung, "rekap-d"],
    [`PPN ${formatPercent(totals.ppnPercent)}%`, totals.ppn, "rekap-ppn"],
    ["Jumlah total (D + PPN)", totals.total, "rekap-total"],
    [`Dibulatkan (kelipatan Rp ${formatDecimal(String(totals.roundingBase))})`, totals.pembulatan, "rekap-pembulatan"],
  ];
  const words = totals.terbilang.charAt(0).toUpperCase() + totals.terbilang.slice(1);
  return (
    <section aria-label="Ringkasan RAB" className="ml-auto max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
      <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-6 gap-y-1.5 text-sm">
        {rows.map(([label, value, testId]) => (
          <div key={testId} className={`contents ${testId === "rekap-pembulatan" ? "font-semibold" : ""}`}>
            <dt>{label}</dt>
            <dd data-testid={testId} className="text-right tabular-nums">
              {formatRupiah(value)}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 border-t border-slate-200 pt-3 text-sm">
        <span className="text-slate-500">Terbilang: </span>
        <em data-testid="rekap-terbilang">{words}</em>
      </p>
      <p className="mt-2 text-xs text-slate-600">{rekapRoundingNote(totals.unitPriceRounding)}</p>
    </section>
  );
}
