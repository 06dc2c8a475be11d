"use client";

import { useMemo, useState, type ReactNode } from "react";
import { SelectField } from "@/components/ui/field";
import { GridCell, HeaderCell, useGridCell } from "@/components/ui/virtual-grid";
import { formatInteger, formatKoefisien, formatMoney, formatQuantity } from "@/lib/format/number";
import type { CompareKlasifikasi, CompareLine, CompareStatus } from "@/lib/versions/types";
import { PEKERJAAN_COLUMNS, PekerjaanCells, PekerjaanHeaders } from "../pekerjaan-cells";
import { TreeGrid } from "../tree-grid";
import {
  type CompareFilter,
  type CompareShow,
  type GridRow,
  SHOW_LABELS,
  STATUS_LABELS,
  changesText,
  filterComparison,
} from "./compare-filter";
import { DELTA_TEXT, deltaDirection, formatSided } from "./delta";

// No, Kode, Uraian, Satuan; volume, harga satuan and jumlah before/after; tambah, kurang; status, perubahan.
const COLUMNS = [...PEKERJAAN_COLUMNS, "7.5rem", "7.5rem", "10rem", "10rem", "10rem", "10rem", "9rem", "9rem", "6rem", "12rem"];
const TEMPLATE = COLUMNS.join(" ");
/** The name cell of a klasifikasi or sub row spans No … harga sesudah; its jumlah, tambah and kurang follow. */
const GROUP_SPAN = 8;
const DETAIL_COL = COLUMNS.length;

const BADGES: Record<CompareStatus, string> = {
  added: "bg-green-100 text-green-900",
  removed: "bg-red-100 text-red-900",
  changed: "bg-amber-100 text-amber-900",
  unchanged: "bg-slate-100 text-slate-700",
};

const quantity = (value: string | null) => (value === null ? "—" : formatQuantity(value));
const money = (value: string | null) => (value === null ? "—" : formatMoney(value));

/** Tambah with "+", kurang with "−", in their colours; a zero is plain. */
function Delta({ value, side }: { value: string; side: "tambah" | "kurang" }) {
  const zero = deltaDirection(value) === "nol";
  return <span className={zero ? DELTA_TEXT.nol : `font-medium ${DELTA_TEXT[side]}`}>{formatSided(value, side)}</span>;
}

/**
 * The tambah-kurang tree: each pekerjaan's volume, harga satuan and jumlah before and after,
 * tambah and kurang, its status and what changed; subtotals per klasifikasi and sub. A changed
 * pekerjaan whose analysis changed unfolds (click, Enter or Space on "Perubahan") to the lines
 * whose koefisien or harga moved.
 */
export function CompareGrid({ klasifikasi }: { klasifikasi: CompareKlasifikasi[] }) {
  const [filter, setFilter] = useState<CompareFilter>({ show: "all", klasifikasiId: "" });
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const shown = useMemo(() => filterComparison(klasifikasi, filter), [klasifikasi, filter]);
  const count = (tree: { subKlasifikasi: { pekerjaan: unknown[] }[] }[]) =>
    tree.reduce((n, k) => n + k.subKlasifikasi.reduce((m, s) => m + s.pekerjaan.length, 0), 0);
  const total = count(klasifikasi);

  function toggle(id: string) {
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  function renderPekerjaan(p: GridRow, row: number, number: string) {
    const expanded = open.has(p.id);
    return (
      <>
        <PekerjaanCells row={row} number={number} pekerjaan={p} />
        {[quantity(p.volumeBefore), quantity(p.volumeAfter), money(p.hargaSatuanBefore), money(p.hargaSatuanAfter)].map((text, i) => (
          <GridCell key={i} row={row} col={4 + i} className="text-right tabular-nums">
            {text}
          </GridCell>
        ))}
        <GridCell row={row} col={8} className="text-right tabular-nums">
          {money(p.jumlahBefore)}
        </GridCell>
        <GridCell row={row} col={9} className="text-right tabular-nums">
          {money(p.jumlahAfter)}
        </GridCell>
        <GridCell row={row} col={10} className="text-right tabular-nums">
          <Delta value={p.tambah} side="tambah" />
        </GridCell>
        <GridCell row={row} col={11} className="text-right tabular-nums">
          <Delta value={p.kurang} side="kurang" />
        </GridCell>
        <GridCell row={row} col={12}>
          <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${BADGES[p.status]}`}>{STATUS_LABELS[p.status]}</span>
        </GridCell>
        {p.lines?.length ? (
          <ToggleCell row={row} col={13} expanded={expanded} onToggle={() => toggle(p.id)}>
            {changesText(p.changes)}
          </ToggleCell>
        ) : (
          <GridCell row={row} col={13} className="truncate text-slate-700" title={changesText(p.changes)}>
            {changesText(p.changes) || "—"}
          </GridCell>
        )}
        {expanded && p.lines && (
          <GridCell row={row} col={DETAIL_COL} style={{ gridColumn: "1 / -1" }} className="bg-slate-50 pb-3 pl-24">
            <LinesTable uraian={p.uraian} lines={p.lines} />
          </GridCell>
        )}
      </>
    );
  }

  return (
    <div className="space-y-3">
      <Filters klasifikasi={klasifikasi} filter={filter} onChange={(change) => setFilter({ ...filter, ...change })} />
      <p role="status" className="text-sm text-slate-600">
        {formatInteger(count(shown))} dari {formatInteger(total)} pekerjaan ditampilkan. Subtotal kelompok selalu menghitung semua
        pekerjaannya.
      </p>
      <TreeGrid
        label="Perbandingan pekerjaan"
        klasifikasi={shown}
        template={TEMPLATE}
        minWidth="124rem"
        groupSpan={GROUP_SPAN}
        header={
          <>
            <PekerjaanHeaders />
            <HeaderCell align="right">Volume sebelum</HeaderCell>
            <HeaderCell align="right">Volume sesudah</HeaderCell>
            <HeaderCell align="right">Harga sat. sebelum (Rp)</HeaderCell>
            <HeaderCell align="right">Harga sat. sesudah (Rp)</HeaderCell>
            <HeaderCell align="right">Jumlah sebelum (Rp)</HeaderCell>
            <HeaderCell align="right">Jumlah sesudah (Rp)</HeaderCell>
            <HeaderCell align="right">Tambah (Rp)</HeaderCell>
            <HeaderCell align="right">Kurang (Rp)</HeaderCell>
            <HeaderCell>Status</HeaderCell>
            <HeaderCell>Perubahan</HeaderCell>
          </>
        }
        renderPekerjaan={renderPekerjaan}
        renderGroupCells={(node, row) => (
          <>
            <GridCell row={row} col={1} className="text-right tabular-nums">
              {formatMoney(node.item.jumlahBefore)}
            </GridCell>
            <GridCell row={row} col={2} className="text-right tabular-nums">
              {formatMoney(node.item.jumlahAfter)}
            </GridCell>
            <GridCell row={row} col={3} className="text-right tabular-nums">
              <Delta value={node.item.tambah} side="tambah" />
            </GridCell>
            <GridCell row={row} col={4} className="text-right tabular-nums">
              <Delta value={node.item.kurang} side="kurang" />
            </GridCell>
            <div role="gridcell" style={{ gridColumn: "span 2" }} />
          </>
        )}
        empty={
          <p className="p-6 text-center text-sm text-slate-600">
            {total === 0 ? "Belum ada pekerjaan di kedua sisi." : "Tidak ada pekerjaan yang cocok dengan saringan."}
          </p>
        }
      />
    </div>
  );
}

function Filters(props: { klasifikasi: CompareKlasifikasi[]; filter: CompareFilter; onChange: (change: Partial<CompareFilter>) => void }) {
  return (
    <div className="flex flex-wrap items-end gap-4">
      <fieldset className="min-w-0">
        <legend className="mb-1 text-sm font-medium text-slate-700">Tampilkan</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {(Object.keys(SHOW_LABELS) as CompareShow[]).map((show) => (
            <label key={show} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="compare-show"
                value={show}
                checked={props.filter.show === show}
                onChange={() => props.onChange({ show })}
              />
              {SHOW_LABELS[show]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="w-full max-w-xs">
        <SelectField
          label="Klasifikasi"
          name="klasifikasiId"
          value={props.filter.klasifikasiId}
          onChange={(e) => props.onChange({ klasifikasiId: e.target.value })}
        >
          <option value="">Semua klasifikasi</option>
          {props.klasifikasi.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </SelectField>
      </div>
    </div>
  );
}

/** "Perubahan" of a row with changed lines: a disclosure in the grid's roving focus. */
function ToggleCell(props: { row: number; col: number; expanded: boolean; onToggle: () => void; children: ReactNode }) {
  const { cellProps } = useGridCell(props.row, props.col);
  return (
    <div
      {...cellProps}
      aria-expanded={props.expanded}
      onClick={props.onToggle}
      onKeyDown={(e) => {
        if (e.key !== "Enter" && e.key !== " ") return;
        e.preventDefault();
        props.onToggle();
      }}
      className="flex cursor-pointer items-center gap-1.5 px-2 py-1.5 text-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-600"
    >
      <span aria-hidden="true" className="text-xs">
        {props.expanded ? "▾" : "▸"}
      </span>
      <span className="truncate underline">{props.children}</span>
      <span className="sr-only">{props.expanded ? ": sembunyikan rincian analisa" : ": tampilkan rincian analisa"}</span>
    </div>
  );
}

const koefisien = (value: string | null) => (value === null ? "—" : formatKoefisien(value));

function LinesTable({ uraian, lines }: { uraian: string; lines: CompareLine[] }) {
  return (
    <table className="text-xs">
      <caption className="py-1 text-left font-medium text-slate-700">Baris analisa yang berubah: {uraian}</caption>
      <thead className="text-slate-600">
        <tr>
          {["Kode", "Uraian", "Koefisien sebelum → sesudah", "Harga sebelum → sesudah (Rp)"].map((h) => (
            <th key={h} scope="col" className="px-2 py-1 text-left font-medium">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={`${line.kategori}:${line.kode}`} className="border-t border-slate-200">
            <td className="px-2 py-1 font-mono">{line.kode}</td>
            <td className="px-2 py-1">{line.uraian}</td>
            <td className="px-2 py-1 tabular-nums">
              {koefisien(line.koefisienBefore)} → {koefisien(line.koefisienAfter)}
            </td>
            <td className="px-2 py-1 tabular-nums">
              {money(line.hargaBefore)} → {money(line.hargaAfter)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
