"use client";

import { HeaderCell, GridCell } from "@/components/ui/virtual-grid";
import { formatMoney, formatQuantity } from "@/lib/format/number";
import type { RekapKebutuhanView } from "@/lib/rekap/types";
import { KategoriGrid, rowsByKategori } from "../kategori-grid";

/** The resource list, virtualized: a large project needs well over a thousand resources. */
export function KebutuhanGrid({ items, totals }: RekapKebutuhanView) {
  return (
    <KategoriGrid
      label="Rekap kebutuhan sumber daya"
      rows={rowsByKategori(items)}
      columns={["9rem", "10rem", "11rem"]}
      headers={
        <>
          <HeaderCell align="right">Kebutuhan</HeaderCell>
          <HeaderCell align="right">Harga satuan (Rp)</HeaderCell>
          <HeaderCell align="right">Jumlah (Rp)</HeaderCell>
        </>
      }
      groupTotal={(kategori) => formatMoney(totals[kategori])}
      empty={<p className="p-6 text-center text-sm text-slate-500">Tidak ada kebutuhan sumber daya untuk pilihan ini.</p>}
      renderItem={(item, row) => (
        <>
          <GridCell row={row} col={3} className="text-right tabular-nums">
            {formatQuantity(item.quantity)}
          </GridCell>
          <GridCell row={row} col={4} className="text-right tabular-nums">
            {formatMoney(item.harga)}
          </GridCell>
          <GridCell row={row} col={5} className="text-right tabular-nums">
            {formatMoney(item.jumlah)}
          </GridCell>
        </>
      )}
    />
  );
}
