"use client";

import type { ClipboardEvent, ReactNode } from "react";
import { KATEGORI_LABELS, KATEGORI_ORDER } from "@/components/reference/kategori";
import { GridCell, HeaderCell, VirtualGrid, type CellPosition } from "@/components/ui/virtual-grid";
import type { Kategori } from "@/lib/ahsp/types";
import { formatInteger } from "@/lib/format/number";

export type KategoriRow<T> = { type: "group"; kategori: Kategori; count: number } | { type: "item"; item: T };

interface Resource {
  kategori: Kategori;
  kode: string;
  uraian: string;
  satuan: string;
}

/**
 * Resource lists (Harga Items, Rekap Kebutuhan) grouped by kategori in the standard's order
 * TK, BHN, ALT, LAIN: a group row, then its items. Empty groups are left out.
 */
export function rowsByKategori<T extends Resource>(items: readonly T[], keep: (item: T) => boolean = () => true): KategoriRow<T>[] {
  return KATEGORI_ORDER.flatMap((kategori) => {
    const group = items.filter((i) => i.kategori === kategori && keep(i));
    return group.length === 0
      ? []
      : [{ type: "group" as const, kategori, count: group.length }, ...group.map((item) => ({ type: "item" as const, item }))];
  });
}

interface KategoriGridProps<T extends Resource> {
  label: string;
  rows: KategoriRow<T>[];
  /** Widths of the columns after Kode, Uraian and Satuan. */
  columns: string[];
  /** Their header cells. */
  headers: ReactNode;
  /** Cells after Satuan (columns 3…) of an item row. */
  renderItem: (item: T, row: number) => ReactNode;
  /** A group row's last cell (e.g. its total); without it the group's name spans the row. */
  groupTotal?: (kategori: Kategori) => ReactNode;
  onGridPaste?: (event: ClipboardEvent<HTMLDivElement>, active: CellPosition) => void;
  empty: ReactNode;
}

/** A virtualized resource list: Kode, Uraian, Satuan, then the page's own columns. */
export function KategoriGrid<T extends Resource>({
  label,
  rows,
  columns,
  headers,
  renderItem,
  groupTotal,
  onGridPaste,
  empty,
}: KategoriGridProps<T>) {
  const template = ["8rem", "minmax(16rem,1fr)", "6rem", ...columns].join(" ");
  return (
    <VirtualGrid
      label={label}
      rowCount={rows.length}
      rowKey={(i) => {
        const row = rows[i];
        return !row ? String(i) : row.type === "group" ? `group-${row.kategori}` : row.item.kode;
      }}
      rowAttributes={(i) => (rows[i]?.type === "group" ? { className: "bg-slate-100 font-semibold" } : {})}
      template={template}
      minWidth="48rem"
      header={
        <>
          <HeaderCell>Kode</HeaderCell>
          <HeaderCell>Uraian</HeaderCell>
          <HeaderCell>Satuan</HeaderCell>
          {headers}
        </>
      }
      onGridPaste={onGridPaste}
      empty={empty}
      renderRow={(index) => {
        const row = rows[index]!;
        if (row.type === "group") {
          return (
            <>
              <GridCell row={index} col={0} style={{ gridColumn: groupTotal ? `span ${columns.length + 2}` : "1 / -1" }}>
                {KATEGORI_LABELS[row.kategori]} ({row.kategori}) · {formatInteger(row.count)} item
              </GridCell>
              {groupTotal && (
                <GridCell row={index} col={1} className="text-right tabular-nums">
                  {groupTotal(row.kategori)}
                </GridCell>
              )}
            </>
          );
        }
        return (
          <>
            <GridCell row={index} col={0} className="truncate font-mono text-xs leading-5">
              {row.item.kode}
            </GridCell>
            <GridCell row={index} col={1} className="truncate" title={row.item.uraian}>
              {row.item.uraian}
            </GridCell>
            <GridCell row={index} col={2} className="text-slate-600">
              {row.item.satuan || "—"}
            </GridCell>
            {renderItem(row.item, index)}
          </>
        );
      }}
    />
  );
}
