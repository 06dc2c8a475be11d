"use client";

import Link from "next/link";
import { useState } from "react";
import { ActionStatus } from "@/components/ui/action-status";
import { Notice } from "@/components/ui/notice";
import { useApiAction } from "@/components/ui/use-api-action";
import { GridCell, HeaderCell } from "@/components/ui/virtual-grid";
import { apiFetch, apiFetchEnvelope } from "@/lib/api/client";
import { formatInteger, formatMoney, formatQuantity } from "@/lib/format/number";
import type { PeriksaItem, RekapPekerjaanView, RekapRabView } from "@/lib/rekap/types";
import { PEKERJAAN_COLUMNS, PEKERJAAN_COLUMNS_COMPACT, PekerjaanCells, PekerjaanHeaders } from "../pekerjaan-cells";
import { TreeGrid } from "../tree-grid";
import { type Pricing, pricingOf } from "./pricing";
import { Periksa } from "./periksa";
import { PricingForm } from "./pricing-form";
import { RekapTotals } from "./rekap-totals";

export interface RekapData {
  rekap: RekapRabView;
  unpricedKode: readonly string[];
  periksa: readonly PeriksaItem[];
}

type Money = keyof Pick<RekapPekerjaanView, "A" | "B" | "C" | "L" | "E" | "F">;
const BREAKDOWN: { key: Money; label: string }[] = [
  { key: "A", label: "A Upah" },
  { key: "B", label: "B Bahan" },
  { key: "C", label: "C Alat" },
  { key: "L", label: "L Lain" },
  { key: "E", label: "E (A–L)" },
  { key: "F", label: "F BUK" },
];

/**
 * Rekap RAB: the priced tree with sub-klasifikasi and klasifikasi subtotals, then D, PPN,
 * total, pembulatan and terbilang. Rows are virtualized (2,000 pekerjaan scroll like 20);
 * "Rincian A–F" adds the unit-price breakdown columns. The pricing settings sit under the tree,
 * next to the totals they change, so a 1366×768 screen shows the RAB's rows first. A version's Rekap RAB (`versionId`) links to no live page.
 */
export function RekapRab({
  projectId,
  initial,
  initialPricing,
  versionId,
}: {
  projectId: string;
  initial: RekapData;
  initialPricing: Pricing;
  versionId?: string;
}) {
  const path = `/api/v1/projects/${projectId}`;
  const [data, setData] = useState(initial);
  const [pricing, setPricing] = useState(initialPricing);
  const [breakdown, setBreakdown] = useState(false);
  const action = useApiAction();
  const { klasifikasi, totals } = data.rekap;

  async function reload() {
    const [body, project] = await Promise.all([apiFetchEnvelope<RekapRabView>(`${path}/rekap-rab`), apiFetch<Pricing>(path)]);
    const meta = (body.meta ?? {}) as Partial<Omit<RekapData, "rekap">>;
    setData({ rekap: body.data, unpricedKode: meta.unpricedKode ?? [], periksa: meta.periksa ?? [] });
    setPricing(pricingOf(project));
  }

  // The A–F view fits a 1440 px laptop screen: narrower leading columns and 6rem per amount.
  const columns = breakdown
    ? [...PEKERJAAN_COLUMNS_COMPACT, "6rem", ...BREAKDOWN.map(() => "6rem"), "8.5rem", "10rem"]
    : [...PEKERJAAN_COLUMNS, "7rem", "9rem", "10rem"];
  const money = (value: string) => formatMoney(value);

  function renderPekerjaan(p: RekapPekerjaanView, row: number, number: string) {
    let col = 5;
    return (
      <>
        <PekerjaanCells row={row} number={number} pekerjaan={p} />
        <GridCell row={row} col={4} className="text-right tabular-nums">
          {formatQuantity(p.volume)}
        </GridCell>
        {breakdown &&
          BREAKDOWN.map(({ key }) => (
            <GridCell key={key} row={row} col={col++} className="text-right text-xs leading-5 text-slate-600 tabular-nums">
              {money(p[key])}
            </GridCell>
          ))}
        <GridCell row={row} col={col++} className="text-right tabular-nums">
          {money(p.hargaSatuan)}
        </GridCell>
        <GridCell row={row} col={col} className="text-right tabular-nums">
          {money(p.jumlah)}
        </GridCell>
      </>
    );
  }

  return (
    <div className="space-y-4">
      {data.unpricedKode.length > 0 && (
        <Notice tone="warning">
          {formatInteger(data.unpricedKode.length)} sumber daya belum berharga ({data.unpricedKode.slice(0, 8).join(", ")}
          {data.unpricedKode.length > 8 ? ", …" : ""}), sehingga RAB belum lengkap.
          {!versionId && (
            <>
              {" "}
              <Link href={`/projects/${projectId}/harga-items`} className="font-medium underline">
                Lengkapi di Harga Items
              </Link>
            </>
          )}
        </Notice>
      )}
      <Periksa projectId={projectId} items={data.periksa} readOnly={versionId !== undefined} />
      <div className="flex items-center justify-between">
        <h2 className="text-lg font-semibold">Rekapitulasi RAB</h2>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={breakdown} onChange={(e) => setBreakdown(e.target.checked)} />
          Tampilkan rincian A–F
        </label>
      </div>
      <TreeGrid
        label="Rekap RAB"
        klasifikasi={klasifikasi}
        template={columns.join(" ")}
        minWidth={breakdown ? "85rem" : "56rem"}
        groupSpan={columns.length - 1}
        header={
          <>
            <PekerjaanHeaders />
            <HeaderCell align="right">Volume</HeaderCell>
            {breakdown &&
              BREAKDOWN.map(({ key, label }) => (
                <HeaderCell key={key} align="right">
                  {label}
                </HeaderCell>
              ))}
            <HeaderCell align="right">Harga satuan (Rp)</HeaderCell>
            <HeaderCell align="right">Jumlah harga (Rp)</HeaderCell>
          </>
        }
        renderPekerjaan={renderPekerjaan}
        renderGroupCells={(node, row) => (
          <GridCell row={row} col={1} className="text-right tabular-nums">
            {money(node.item.jumlah)}
          </GridCell>
        )}
        empty={<p className="p-6 text-center text-sm text-slate-500">Belum ada pekerjaan.</p>}
      />
      <section
        aria-label="Pengaturan harga"
        className="flex flex-wrap items-start justify-between gap-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <PricingForm path={path} pricing={pricing} action={action} onSaved={reload} />
        <ActionStatus action={action} onReload={reload} />
      </section>
      <RekapTotals totals={totals} />
    </div>
  );
}
