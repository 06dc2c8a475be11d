"use client";

import {
  createExpandedRowModel,
  rowExpandingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ExpandedState,
} from "@tanstack/react-table";
import { useMemo, useState, type ClipboardEvent, type KeyboardEvent, type ReactNode } from "react";
import { VirtualGrid, useGridCell, type CellPosition } from "@/components/ui/virtual-grid";
import { letters, roman } from "@/lib/format/numbering";

/** Any klasifikasi → sub-klasifikasi → pekerjaan tree (List Pekerjaan's, Rekap RAB's…). */
export interface KlasifikasiShape {
  id: string;
  name: string;
  subKlasifikasi: { id: string; name: string; pekerjaan: { id: string }[] }[];
}
type SubOf<K extends KlasifikasiShape> = K["subKlasifikasi"][number];
type PekerjaanOf<K extends KlasifikasiShape> = SubOf<K>["pekerjaan"][number];

export type TreeNode<K extends KlasifikasiShape> =
  | { kind: "klasifikasi"; id: string; number: string; item: K; children: TreeNode<K>[] }
  | { kind: "sub"; id: string; number: string; item: SubOf<K>; children: TreeNode<K>[] }
  | { kind: "pekerjaan"; id: string; number: string; item: PekerjaanOf<K> };

export type GroupNode<K extends KlasifikasiShape> = Extract<TreeNode<K>, { children: unknown }>;

function toNodes<K extends KlasifikasiShape>(klasifikasi: K[]): TreeNode<K>[] {
  return klasifikasi.map((k, ki) => ({
    kind: "klasifikasi",
    id: k.id,
    number: roman(ki + 1),
    item: k,
    children: k.subKlasifikasi.map((s, si) => ({
      kind: "sub",
      id: s.id,
      number: letters(si + 1),
      item: s,
      children: s.pekerjaan.map((p, pi) => ({ kind: "pekerjaan", id: p.id, number: String(pi + 1), item: p })),
    })),
  }));
}

const features = tableFeatures({ rowExpandingFeature, expandedRowModel: createExpandedRowModel() });
// Rows are rendered by the page's callbacks; the table supplies the expandable row model.
const NO_COLUMNS: ColumnDef<typeof features, never>[] = [];

export interface TreeGridProps<K extends KlasifikasiShape> {
  label: string;
  klasifikasi: K[];
  template: string;
  header: ReactNode;
  minWidth?: string;
  heightClass?: string;
  /** The cells of a pekerjaan row at grid row `row`. */
  renderPekerjaan: (pekerjaan: PekerjaanOf<K>, row: number, number: string) => ReactNode;
  /** Cells after a group row's name cell (e.g. its subtotal); the name cell spans `groupSpan` columns. */
  renderGroupCells?: (node: GroupNode<K>, row: number) => ReactNode;
  groupSpan?: number;
  onGridKey?: (event: KeyboardEvent<HTMLDivElement>, active: CellPosition) => boolean;
  /** A paste into the grid, with the pekerjaan shown from the active row down (group rows left out). */
  onGridPaste?: (event: ClipboardEvent<HTMLDivElement>, active: CellPosition, pekerjaanFromActive: PekerjaanOf<K>[]) => void;
  empty: ReactNode;
}

/**
 * Klasifikasi → sub-klasifikasi → pekerjaan as one virtualized tree grid (Volume, Rekap
 * RAB). Group rows fold and unfold (Enter or a click on their name); all start unfolded.
 */
export function TreeGrid<K extends KlasifikasiShape>(props: TreeGridProps<K>) {
  const nodes = useMemo(() => toNodes(props.klasifikasi), [props.klasifikasi]);
  const [expanded, setExpanded] = useState<ExpandedState>(true);
  const table = useTable({
    features,
    columns: NO_COLUMNS as ColumnDef<typeof features, TreeNode<K>>[],
    data: nodes,
    getRowId: (node) => node.id,
    getSubRows: (node) => (node.kind === "pekerjaan" ? undefined : node.children),
    state: { expanded },
    onExpandedChange: setExpanded,
    // Saving a cell gives new data; the folds the estimator chose must survive it.
    autoResetExpanded: false,
  });
  const rows = table.getRowModel().rows;
  const allOpen = table.getIsAllRowsExpanded();

  return (
    <div className="space-y-2">
      <div className="flex justify-end">
        <button
          type="button"
          onClick={() => table.toggleAllRowsExpanded(!allOpen)}
          className="text-xs font-medium text-brand-700 hover:underline"
        >
          {allOpen ? "Tutup semua kelompok" : "Buka semua kelompok"}
        </button>
      </div>
      <VirtualGrid
        label={props.label}
        role="treegrid"
        rowCount={rows.length}
        rowKey={(index) => rows[index]?.id ?? String(index)}
        template={props.template}
        header={props.header}
        minWidth={props.minWidth}
        heightClass={props.heightClass}
        onGridKey={props.onGridKey}
        onGridPaste={
          props.onGridPaste &&
          ((event, active) =>
            props.onGridPaste!(
              event,
              active,
              rows.slice(active.row).flatMap((r) => (r.original.kind === "pekerjaan" ? [r.original.item] : [])),
            ))
        }
        empty={props.empty}
        rowAttributes={(index) => {
          const row = rows[index]!;
          const group = row.original.kind !== "pekerjaan";
          return {
            "aria-level": row.depth + 1,
            "aria-expanded": group ? row.getIsExpanded() : undefined,
            className:
              row.original.kind === "klasifikasi"
                ? "bg-slate-100 font-semibold"
                : row.original.kind === "sub"
                  ? "bg-slate-50 font-medium"
                  : "",
          };
        }}
        renderRow={(index) => {
          const row = rows[index]!;
          const node = row.original;
          if (node.kind === "pekerjaan") return props.renderPekerjaan(node.item, index, node.number);
          return (
            <>
              <GroupNameCell
                row={index}
                span={props.groupSpan}
                expanded={row.getIsExpanded()}
                onToggle={() => row.toggleExpanded()}
                indent={row.depth}
              >
                {node.number}. {node.item.name}
              </GroupNameCell>
              {props.renderGroupCells?.(node, index)}
            </>
          );
        }}
      />
    </div>
  );
}

function GroupNameCell(props: {
  row: number;
  span: number | undefined;
  expanded: boolean;
  onToggle: () => void;
  indent: number;
  children: ReactNode;
}) {
  const { cellProps } = useGridCell(props.row, 0);
  return (
    <div
      {...cellProps}
      onClick={props.onToggle}
      onKeyDown={(e) => {
        if (e.key !== "Enter" && e.key !== " ") return;
        e.preventDefault();
        props.onToggle();
      }}
      style={{ gridColumn: props.span ? `span ${props.span}` : "1 / -1", paddingLeft: `${0.5 + props.indent * 1.25}rem` }}
      className="flex cursor-pointer items-center gap-2 truncate py-1.5 pr-2 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-600"
    >
      <span aria-hidden="true" className="w-3 text-xs text-slate-500">
        {props.expanded ? "▾" : "▸"}
      </span>
      <span className="truncate">{props.children}</span>
    </div>
  );
}
