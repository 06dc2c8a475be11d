import { KATEGORI_LABELS, KATEGORI_ORDER } from "@/components/reference/kategori";
import { formatRupiah } from "@/lib/format/number";
import type { RekapKebutuhanView } from "@/lib/rekap/types";
import { KebutuhanGrid } from "./kebutuhan-grid";

/**
 * Resources the scope needs, grouped by kategori with each group's cost, and the scope's
 * totals: their sum is the direct cost Σ E × volume, before overhead & profit.
 */
export function KebutuhanTable({ rekap }: { rekap: RekapKebutuhanView }) {
  return (
    <div className="space-y-4">
      <KebutuhanGrid items={rekap.items} totals={rekap.totals} />
      <section aria-label="Total kebutuhan" className="ml-auto max-w-md rounded-lg border border-slate-200 bg-white p-4">
        <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-6 gap-y-1 text-sm">
          {KATEGORI_ORDER.map((k) => (
            <div key={k} className="contents">
              <dt>{KATEGORI_LABELS[k]}</dt>
              <dd className="text-right tabular-nums">{formatRupiah(rekap.totals[k])}</dd>
            </div>
          ))}
          <div className="contents font-semibold">
            <dt className="border-t border-slate-200 pt-1">Total kebutuhan</dt>
            <dd data-testid="kebutuhan-total" className="border-t border-slate-200 pt-1 text-right tabular-nums">
              {formatRupiah(rekap.totals.total)}
            </dd>
          </div>
        </dl>
        <p className="mt-2 text-xs text-slate-500">Σ E × volume: biaya pekerjaan sebelum biaya umum & keuntungan dan PPN.</p>
      </section>
    </div>
  );
}
