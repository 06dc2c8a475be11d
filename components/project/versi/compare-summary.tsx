import { Notice } from "@/components/ui/notice";
import { formatDecimal, formatMoney, formatPercent } from "@/lib/format/number";
import type { CompareSideTotals, CompareTotals } from "@/lib/versions/types";
import { DELTA_TEXT, type DeltaDirection, deltaDirection, formatSided, formatSignedMoney } from "./delta";

const sided = (value: string, side: "tambah" | "kurang"): DeltaDirection => (deltaDirection(value) === "nol" ? "nol" : side);

function ppnLabel(before: CompareSideTotals, after: CompareSideTotals): string {
  const [b, a] = [formatPercent(before.ppnPercent), formatPercent(after.ppnPercent)];
  return b === a ? `PPN ${b}%` : `PPN (${b}% → ${a}%)`;
}

function roundingLabel(before: CompareSideTotals, after: CompareSideTotals): string {
  const [b, a] = [before.roundingBase, after.roundingBase].map((base) => `Rp ${formatDecimal(String(base))}`);
  return b === a ? `Dibulatkan (kelipatan ${b})` : `Dibulatkan (kelipatan ${b} → ${a})`;
}

/**
 * The comparison's foot: both sides' D, PPN, total and pembulatan, then tambah, kurang, the net
 * change and its share of the contract's D, and a warning when the net increase is over the
 * limit that needs special approval.
 */
export function CompareSummary({ totals }: { totals: CompareTotals }) {
  const { before, after } = totals;
  const rows: [string, string, string, string][] = [
    ["Jumlah biaya langsung (D)", before.totalBiayaLangsung, after.totalBiayaLangsung, "d"],
    [ppnLabel(before, after), before.ppn, after.ppn, "ppn"],
    ["Jumlah total (D + PPN)", before.total, after.total, "total"],
    [roundingLabel(before, after), before.pembulatan, after.pembulatan, "pembulatan"],
  ];
  const threshold = formatPercent(totals.thresholdPercent);
  const net = deltaDirection(totals.net);
  return (
    <section aria-labelledby="compare-summary-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="compare-summary-title" className="text-lg font-semibold">
        Ringkasan perubahan
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="text-xs text-slate-600">
              <th scope="col" className="py-1 pr-3 text-left font-medium">
                <span className="sr-only">Uraian</span>
              </th>
              <th scope="col" className="py-1 pl-3 text-right font-medium">
                Sebelum (Rp)
              </th>
              <th scope="col" className="py-1 pl-3 text-right font-medium">
                Sesudah (Rp)
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, b, a, testId]) => (
              <tr key={testId} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {label}
                </th>
                <td data-testid={`perbandingan-${testId}-sebelum`} className="py-1 pl-3 text-right tabular-nums">
                  {formatMoney(b)}
                </td>
                <td data-testid={`perbandingan-${testId}-sesudah`} className="py-1 pl-3 text-right tabular-nums">
                  {formatMoney(a)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-1 border-t border-slate-200 pt-3 text-sm">
        <dt>Tambah</dt>
        <dd data-testid="perbandingan-tambah" className={`text-right tabular-nums ${DELTA_TEXT[sided(totals.tambah, "tambah")]}`}>
          {formatSided(totals.tambah, "tambah")}
        </dd>
        <dt>Kurang</dt>
        <dd data-testid="perbandingan-kurang" className={`text-right tabular-nums ${DELTA_TEXT[sided(totals.kurang, "kurang")]}`}>
          {formatSided(totals.kurang, "kurang")}
        </dd>
        <dt className="font-semibold">Perubahan bersih (tambah − kurang)</dt>
        <dd data-testid="perbandingan-net" className={`text-right font-semibold tabular-nums ${DELTA_TEXT[net]}`}>
          {formatSignedMoney(totals.net)}
        </dd>
        <dt>Terhadap nilai kontrak (D sebelum)</dt>
        <dd data-testid="perbandingan-net-percent" className="text-right tabular-nums">
          {totals.netPercent === null ? "— (D sebelum nol)" : `${formatPercent(totals.netPercent)}%`}
        </dd>
      </dl>
      {totals.overThreshold ? (
        <Notice tone="warning">
          <strong>Perubahan bersih melebihi {threshold}% nilai kontrak: perlu persetujuan khusus.</strong>
        </Notice>
      ) : (
        <p className="text-xs text-slate-600">Batas perubahan bersih tanpa persetujuan khusus: {threshold}% nilai kontrak.</p>
      )}
    </section>
  );
}
