"use client";

import { GridCell, HeaderCell } from "@/components/ui/virtual-grid";

/** The first four cells of a pekerjaan row in a tree grid: No, Kode, Uraian, Satuan (columns 0–3). */
export function PekerjaanCells({
  row,
  number,
  pekerjaan,
}: {
  row: number;
  number: string;
  pekerjaan: { kode: string | null; uraian: string; satuan: string };
}) {
  return (
    <>
      <GridCell row={row} col={0} className="text-right text-slate-500 tabular-nums">
        {number}
      </GridCell>
      <GridCell row={row} col={1} className="truncate font-mono text-xs leading-5 text-slate-600">
        {pekerjaan.kode ?? "—"}
      </GridCell>
      <GridCell row={row} col={2} className="truncate" title={pekerjaan.uraian}>
        {pekerjaan.uraian}
      </GridCell>
      <GridCell row={row} col={3} className="text-slate-600">
        {pekerjaan.satuan || "—"}
      </GridCell>
    </>
  );
}

export const PEKERJAAN_COLUMNS = ["3rem", "8rem", "minmax(16rem,1fr)", "5rem"];
/** The same four, narrower, for grids with many number columns (Rekap RAB's A–F view). */
export const PEKERJAAN_COLUMNS_COMPACT = ["2.5rem", "6.5rem", "minmax(12rem,1fr)", "4rem"];

/** The header cells of those four columns. */
export function PekerjaanHeaders() {
  return (
    <>
      <HeaderCell align="right">No</HeaderCell>
      <HeaderCell>Kode</HeaderCell>
      <HeaderCell>Uraian pekerjaan</HeaderCell>
      <HeaderCell>Satuan</HeaderCell>
    </>
  );
}
