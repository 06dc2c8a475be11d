import Link from "next/link";
import { KATEGORI_LABELS, KATEGORI_ORDER } from "@/components/reference/kategori";
import { formatKoefisien, formatMoney, formatPercent, formatQuantity, formatRupiah } from "@/lib/format/number";
import { unitPriceRoundingLabel } from "@/lib/format/unit-price-rounding";
import type { RincianView } from "@/lib/rekap/types";
import { SourceBadge } from "../source-badge";

const SECTION_LETTER = { TK: "A", BHN: "B", ALT: "C", LAIN: "L" } as const;
const num = "px-2 py-1.5 text-right tabular-nums";

/**
 * Rincian AHSP: how one pekerjaan's unit price is built, lines grouped A (tenaga kerja),
 * B (bahan), C (peralatan), L (lain-lain), then E, F and G, as on an AHSP sheet. Read-only;
 * every amount is the engine's printed figure, so the page re-adds with a calculator. A
 * version's rincian (`versionId`) links to its own bundle rincian, and to no live editing page.
 */
export function RincianAhsp({ projectId, rincian, versionId }: { projectId: string; rincian: RincianView; versionId?: string }) {
  const versi = versionId ? `&versi=${versionId}` : "";
  const { pekerjaan } = rincian;
  const unpriced = rincian.lines.filter((l) => !l.priced && !l.bundlePekerjaanId);
  const hasBundles = rincian.lines.some((l) => l.bundlePekerjaanId);
  const summary: [string, string, string][] = [
    ["A", "Jumlah tenaga kerja", rincian.A],
    ["B", "Jumlah bahan", rincian.B],
    ["C", "Jumlah peralatan", rincian.C],
    ["L", "Jumlah lain-lain", rincian.L],
    ["E", "Biaya langsung (A + B + C + L)", rincian.E],
    ["F", `Biaya umum dan keuntungan ${formatPercent(rincian.overheadProfitPercent)}% × E`, rincian.F],
    ["G", `Harga satuan pekerjaan (E + F) per ${pekerjaan.satuan || "satuan"}`, rincian.G],
  ];
  // With a coarser unit-price rounding the printed unit price differs from G: show both.
  if (rincian.unitPriceRounding !== "0.01") {
    summary.push(["", `Harga satuan dibulatkan ${unitPriceRoundingLabel(rincian.unitPriceRounding)}`, rincian.hargaSatuan]);
  }
  return (
    <article aria-labelledby="rincian-title" className="space-y-4">
      <header className="rounded-lg border border-slate-200 bg-white p-4">
        <p className="font-mono text-sm text-slate-500">{pekerjaan.kode ?? "tanpa kode"}</p>
        <h2 id="rincian-title" className="text-lg font-semibold leading-snug">
          {pekerjaan.uraian}
        </h2>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <span>
            Volume {formatQuantity(pekerjaan.volume)} {pekerjaan.satuan}
          </span>
          <SourceBadge source={pekerjaan.source} />
          {!versionId && (
            <Link href={`/projects/${projectId}/analisa?p=${pekerjaan.id}`} className="text-brand-700 hover:underline">
              Buka analisa
            </Link>
          )}
        </p>
      </header>
      {unpriced.length > 0 && (
        <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {unpriced.length} baris belum berharga ({unpriced.map((l) => l.kode).join(", ")}).
          {!versionId && (
            <>
              {" "}
              <Link href={`/projects/${projectId}/harga-items`} className="font-medium underline">
                Lengkapi di Harga Items
              </Link>
            </>
          )}
        </p>
      )}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[48rem] text-sm" aria-label="Rincian analisa harga satuan">
          <thead className="bg-slate-100 text-left text-xs text-slate-600">
            <tr>
              <th className="px-2 py-2 font-medium">No</th>
              <th className="px-2 py-2 font-medium">Uraian</th>
              <th className="px-2 py-2 font-medium">Kode</th>
              <th className="px-2 py-2 font-medium">Satuan</th>
              <th className="px-2 py-2 text-right font-medium">Koefisien</th>
              <th className="px-2 py-2 text-right font-medium">Harga satuan (Rp)</th>
              <th className="px-2 py-2 text-right font-medium">Jumlah harga (Rp)</th>
            </tr>
          </thead>
          {KATEGORI_ORDER.map((k) => {
            const lines = rincian.lines.filter((l) => l.kategori === k);
            if (lines.length === 0) return null;
            return (
              <tbody key={k} aria-label={KATEGORI_LABELS[k]}>
                <tr className="bg-slate-50 font-semibold">
                  <td className="px-2 py-1.5">{SECTION_LETTER[k]}</td>
                  <td colSpan={6} className="px-2 py-1.5">
                    {KATEGORI_LABELS[k]}
                  </td>
                </tr>
                {lines.map((line, i) => (
                  <tr key={`${line.kode}-${i}`} className="border-t border-slate-100">
                    <td className="px-2 py-1.5 text-slate-500">{i + 1}</td>
                    <td className="px-2 py-1.5">
                      {line.uraian}
                      {line.bundlePekerjaanId && (
                        <Link
                          href={`/projects/${projectId}/rincian-ahsp?p=${line.bundlePekerjaanId}${versi}`}
                          className="ml-2 text-xs text-brand-700 hover:underline"
                        >
                          (bundle: lihat rinciannya)
                        </Link>
                      )}
                    </td>
                    <td className="px-2 py-1.5 font-mono text-xs">{line.kode}</td>
                    <td className="px-2 py-1.5">{line.satuan || "—"}</td>
                    <td className={num}>{formatKoefisien(line.koefisien)}</td>
                    <td className={`${num} ${line.priced || line.bundlePekerjaanId ? "" : "text-amber-700"}`}>{formatMoney(line.harga)}</td>
                    <td className={num}>{formatMoney(line.jumlah)}</td>
                  </tr>
                ))}
                <tr className="border-t border-slate-200 font-medium">
                  <td />
                  <td colSpan={5} className="px-2 py-1.5 text-right">
                    Jumlah {KATEGORI_LABELS[k].toLowerCase()}
                  </td>
                  <td className={num}>{formatMoney(rincian[SECTION_LETTER[k]])}</td>
                </tr>
              </tbody>
            );
          })}
        </table>
        {rincian.lines.length === 0 && (
          <p className="p-6 text-center text-sm text-slate-500">Pekerjaan ini belum memiliki baris analisa.</p>
        )}
      </div>
      <section aria-label="Ringkasan harga satuan" className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <dl className="grid grid-cols-[2rem_minmax(0,1fr)_auto] gap-x-3 gap-y-1.5 text-sm">
          {summary.map(([letter, label, value]) => (
            <div key={label} className={`contents ${letter === "G" ? "font-semibold" : ""}`}>
              <dt className="text-slate-500">{letter}</dt>
              <dt>{label}</dt>
              <dd className="text-right tabular-nums">{formatRupiah(value)}</dd>
            </div>
          ))}
          <div className="contents">
            <dt />
            <dt className="border-t border-slate-200 pt-1.5">
              Jumlah harga: harga satuan × volume {formatQuantity(pekerjaan.volume)} {pekerjaan.satuan}
            </dt>
            <dd className="border-t border-slate-200 pt-1.5 text-right font-semibold tabular-nums">{formatRupiah(rincian.jumlah)}</dd>
          </div>
        </dl>
        {hasBundles && (
          <p className="mt-3 text-xs text-slate-500">Baris bundle dihitung sebagai lain-lain (L) dengan harga E pekerjaan yang dibundel.</p>
        )}
      </section>
    </article>
  );
}
