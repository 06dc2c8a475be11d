"use client";

import { useVirtualizer, type VirtualItem } from "@tanstack/react-virtual";
import { type ClipboardEvent, type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { formatPercent, toInputText } from "@/lib/format/number";
import {
  cellEntry,
  cellKey,
  type EntryBody,
  formatCell,
  ganttSpan,
  type GridRow,
  type JadwalField,
  kindOf,
  nextPekerjaanRow,
  parseCell,
  parseClipboard,
  pasteEntries,
  sameValue,
  totalTone,
} from "./grid-model";
import type { WeightedRow } from "./weighted-rows";

export interface GridColumn {
  label: string;
  /** Under the label, e.g. the week's first day. */
  sub: string;
  /** Full description for the tooltip and screen readers. */
  title: string;
}

export interface CellPosition {
  row: number;
  col: number;
}

interface JadwalGridProps {
  rows: readonly GridRow[];
  columns: readonly GridColumn[];
  field: JadwalField;
  /** Bobot (% of D) by pekerjaan id. */
  bobot: ReadonlyMap<string, string>;
  /** The weighted rows under the pekerjaan, one value per column. */
  footer: readonly WeightedRow[];
  /** The month view is derived: nothing can be typed into it. */
  readOnly: boolean;
  /** Messages of cells the server refused, by cellKey. */
  errors: ReadonlyMap<string, string>;
  active: CellPosition;
  onActiveChange: (position: CellPosition) => void;
  onCommit: (entries: EntryBody[]) => void;
  onPasteError: (errors: string[]) => void;
}

const ROW_H = 34;
const HEADER_H = 44;
const FOOT_H = 26;
/** Below this scroller width only the name stays in place: bobot and total scroll with the weeks. */
const NARROW_W = 640;

/** Column widths: a rupiah amount needs about twice a percent's room. */
const WIDTHS = {
  percent: { col: 68, total: 84 },
  money: { col: 128, total: 148 },
} as const;

interface Layout {
  narrow: boolean;
  nameW: number;
  bobotW: number;
  totalW: number;
  colW: number;
  /** Name, bobot and total: where the weeks start. */
  leftW: number;
  /** What stays in place while the weeks scroll. */
  stickyW: number;
}

function layoutOf(field: JadwalField, width: number): Layout {
  const narrow = width < NARROW_W;
  const { col, total } = WIDTHS[kindOf(field)];
  const nameW = narrow ? 136 : 300;
  const bobotW = narrow ? 60 : 64;
  const leftW = nameW + bobotW + total;
  return { narrow, nameW, bobotW, totalW: total, colW: col, leftW, stickyW: narrow ? nameW : leftW };
}

const TONES = {
  complete: "text-emerald-700",
  under: "bg-amber-50 text-amber-800",
  over: "bg-red-50 font-semibold text-red-700",
  none: "text-slate-500",
  plain: "",
} as const;

type Editing = { draft: string; error: string | null } | null;

/**
 * The Jadwal grid: pekerjaan rows × week (or month) columns, both virtualized, so 2,000 rows ×
 * 104 weeks keep a few hundred cells in the DOM. The header row, the weighted rows at the
 * bottom and the name, bobot and total columns stay in place (CSS sticky) while the weeks
 * scroll; on a narrow screen only the name does.
 *
 * Keyboard (the grid holds focus; aria-activedescendant names the active cell): arrows, Tab,
 * Home/End and PageUp/PageDown move; Enter, F2 or typing a number edits; in the editor Enter
 * saves and moves down, Tab saves and moves right, Escape cancels; Delete clears the cell.
 * A tab-separated block pasted from a spreadsheet fills from the active cell.
 */
export function JadwalGrid(props: JadwalGridProps) {
  const { rows, columns, field, footer, readOnly, active } = props;
  const kind = kindOf(field);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [editing, setEditingState] = useState<Editing>(null);
  // The editor's blur fires after Enter, Tab or Escape already closed it: the ref says so at once.
  const editingRef = useRef<Editing>(null);
  const setEditing = (next: Editing) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const footerH = footer.length * FOOT_H;
  // TanStack Virtual's functions can not be memoized: the React Compiler leaves this component be.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rowV = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_H,
    overscan: 8,
    scrollMargin: HEADER_H,
    scrollPaddingStart: HEADER_H,
    scrollPaddingEnd: footerH,
  });
  // The scroller's width decides the layout; the virtualizer watches it anyway.
  const [width, setWidth] = useState(Infinity);
  const layout = layoutOf(field, width);
  const colV = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => layout.colW,
    overscan: 3,
    scrollMargin: layout.leftW,
    scrollPaddingStart: layout.stickyW,
    onChange: (v) => setWidth(v.scrollRect?.width ?? Infinity),
  });
  // A switch between percent and rupiah cells changes the column width: lay the columns out again.
  useEffect(() => colV.measure(), [colV, layout.colW]);

  const activeRow = rows[active.row];
  const activePekerjaan = activeRow?.kind === "pekerjaan" ? activeRow.pekerjaan : null;

  function moveTo(row: number, col: number) {
    const target = { row, col: Math.max(0, Math.min(columns.length - 1, col)) };
    props.onActiveChange(target);
    rowV.scrollToIndex(target.row, { align: "auto" });
    colV.scrollToIndex(target.col, { align: "auto" });
  }

  const move = (dRow: number, dCol: number) => moveTo(nextPekerjaanRow(rows, active.row, dRow), active.col + dCol);

  function commit(text: string, then: () => void) {
    if (!activePekerjaan || !editingRef.current) return;
    const parsed = parseCell(text, field);
    if (!parsed.ok) return setEditing({ draft: text, error: parsed.error });
    if (!sameValue(parsed.value, activePekerjaan[field][active.col] ?? null)) {
      props.onCommit([cellEntry(activePekerjaan.id, active.col, field, parsed.value)]);
    }
    setEditing(null);
    scrollRef.current?.focus({ preventScroll: true });
    then();
  }

  function startEditing(draft: string) {
    if (readOnly || !activePekerjaan) return;
    setEditing({ draft, error: null });
  }

  const clearActive = () => !readOnly && activePekerjaan && props.onCommit([cellEntry(activePekerjaan.id, active.col, field, null)]);
  const editActive = () => startEditing(toInputText(activePekerjaan?.[field][active.col], kind));

  function onGridKey(event: KeyboardEvent<HTMLDivElement>) {
    if (editing) return;
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - footerH) / ROW_H) - 2);
    const moves: Record<string, () => void> = {
      ArrowDown: () => move(1, 0),
      ArrowUp: () => move(-1, 0),
      ArrowRight: () => move(0, 1),
      ArrowLeft: () => move(0, -1),
      Tab: () => move(0, event.shiftKey ? -1 : 1),
      PageDown: () => move(page, 0),
      PageUp: () => move(-page, 0),
      Home: () => moveTo(active.row, 0),
      End: () => moveTo(active.row, columns.length - 1),
      Enter: editActive,
      F2: editActive,
      Delete: clearActive,
      Backspace: clearActive,
    };
    const action = moves[event.key];
    // Tab leaves the grid at its edges, as a keyboard user expects.
    const tabOut = event.key === "Tab" && (event.shiftKey ? active.col === 0 : active.col === columns.length - 1);
    if (action && !tabOut) {
      event.preventDefault();
      action();
    } else if (/^[\d.,]$/.test(event.key) && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      startEditing(event.key);
    }
  }

  function onEditorKey(event: KeyboardEvent<HTMLInputElement>) {
    const draft = event.currentTarget.value;
    const after: Record<string, () => void> = {
      Enter: () => commit(draft, () => move(1, 0)),
      Tab: () => commit(draft, () => move(0, event.shiftKey ? -1 : 1)),
      Escape: () => {
        setEditing(null);
        scrollRef.current?.focus({ preventScroll: true });
      },
    };
    const action = after[event.key];
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  }

  function onPaste(event: ClipboardEvent<HTMLDivElement>) {
    if (editing || readOnly) return;
    event.preventDefault();
    const result = pasteEntries(parseClipboard(event.clipboardData.getData("text/plain")), active, rows, columns.length, field);
    if (result.ok) props.onCommit(result.entries);
    else props.onPasteError(result.errors);
  }

  const cellId = (row: number, col: number) => `jadwal-cell-${row}-${col}`;
  const totalWidth = layout.leftW + colV.getTotalSize();
  const visibleColumns = colV.getVirtualItems();

  return (
    <div
      ref={scrollRef}
      role="grid"
      tabIndex={0}
      aria-label={`Jadwal ${FIELD_NOUN[field]} per pekerjaan`}
      aria-rowcount={rows.length + footer.length + 1}
      aria-colcount={columns.length + 3}
      aria-readonly={readOnly || undefined}
      aria-activedescendant={activePekerjaan ? cellId(active.row, active.col) : undefined}
      onKeyDown={onGridKey}
      onPaste={onPaste}
      className="relative h-[65vh] overflow-auto rounded-lg border border-slate-200 bg-white text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600/50"
    >
      <div className="relative" style={{ width: totalWidth }}>
        <div
          role="row"
          aria-rowindex={1}
          className="sticky top-0 z-20 flex border-b border-slate-200 bg-slate-100 text-xs font-medium text-slate-600"
          style={{ height: HEADER_H, width: totalWidth }}
        >
          <Leading
            layout={layout}
            className="bg-slate-100"
            name={
              <div role="columnheader" className="flex items-center px-2">
                Pekerjaan
              </div>
            }
            bobot={
              <div role="columnheader" className="flex items-center justify-end px-2 text-right" style={{ width: layout.bobotW }}>
                Bobot (%)
              </div>
            }
            total={
              <div role="columnheader" className="flex items-center justify-end px-2 text-right" style={{ width: layout.totalW }}>
                {kind === "money" ? "Total (Rp)" : "Total %"}
              </div>
            }
          />
          {visibleColumns.map((c) => (
            <div
              key={c.key}
              role="columnheader"
              aria-colindex={c.index + 4}
              title={columns[c.index]!.title}
              className="absolute top-0 flex h-full flex-col items-end justify-center border-r border-slate-200 px-2"
              style={{ left: c.start, width: layout.colW }}
            >
              <span>{columns[c.index]!.label}</span>
              <span className="font-normal text-slate-500">{columns[c.index]!.sub}</span>
            </div>
          ))}
        </div>
        {rowV.getVirtualItems().map((r) => {
          const row = rows[r.index]!;
          return (
            <div
              key={r.key}
              role="row"
              aria-rowindex={r.index + 2}
              className="absolute left-0 flex"
              style={{ top: r.start, height: ROW_H, width: totalWidth }}
            >
              {row.kind === "pekerjaan" ? (
                <PekerjaanRow
                  row={row}
                  index={r.index}
                  field={field}
                  bobot={props.bobot.get(row.id) ?? null}
                  layout={layout}
                  columns={visibleColumns}
                  columnTitles={columns}
                  active={active}
                  editing={active.row === r.index ? editing : null}
                  errors={props.errors}
                  cellId={cellId}
                  onSelect={(col) => {
                    setEditing(null);
                    props.onActiveChange({ row: r.index, col });
                    scrollRef.current?.focus({ preventScroll: true });
                  }}
                  onEditStart={(col) => {
                    props.onActiveChange({ row: r.index, col });
                    startEditing(toInputText(row.pekerjaan[field][col], kind));
                  }}
                  onEditorKey={onEditorKey}
                  onEditorBlur={(draft) => commit(draft, () => undefined)}
                />
              ) : (
                <GroupRow row={row} layout={layout} />
              )}
            </div>
          );
        })}
        {/* The rows' room, so the weighted rows come after the last pekerjaan when scrolled to the end. */}
        <div aria-hidden="true" style={{ height: rowV.getTotalSize() }} />
        <div className="sticky bottom-0 z-20 border-t-2 border-slate-300 bg-slate-50 text-xs" style={{ width: totalWidth }}>
          {footer.map((f, i) => (
            <FooterRow key={f.key} row={f} index={rows.length + 2 + i} layout={layout} columns={visibleColumns} />
          ))}
        </div>
      </div>
    </div>
  );
}

const FIELD_NOUN: Record<JadwalField, string> = { planned: "rencana", actual: "realisasi", actualCost: "biaya aktual" };

/**
 * The name, bobot and total cells of a row. Both parts stick to the left edge while the weeks
 * scroll, the second just after the name; on a narrow screen only the name sticks, so a week
 * column still has room beside it.
 */
function Leading({
  layout,
  className,
  name,
  bobot,
  total,
}: {
  layout: Layout;
  className: string;
  name: ReactNode;
  bobot: ReactNode;
  total: ReactNode;
}) {
  return (
    <>
      <div className={`sticky left-0 z-10 flex h-full min-w-0 shrink-0 *:w-full *:min-w-0 ${className}`} style={{ width: layout.nameW }}>
        {name}
      </div>
      <div
        className={`${layout.narrow ? "relative" : "sticky"} z-10 flex h-full shrink-0 border-r border-slate-200 ${className}`}
        style={{ left: layout.nameW, width: layout.bobotW + layout.totalW }}
      >
        {bobot}
        {total}
      </div>
    </>
  );
}

function GroupRow({ row, layout }: { row: Extract<GridRow, { kind: "klasifikasi" | "sub" }>; layout: Layout }) {
  const klasifikasi = row.kind === "klasifikasi";
  return (
    <div className={`h-full w-full border-b border-slate-200 ${klasifikasi ? "bg-slate-100" : "bg-slate-50"}`}>
      <div
        role="rowheader"
        title={row.label}
        className={`sticky left-0 flex h-full items-center px-2 ${klasifikasi ? "font-semibold" : "pl-5 font-medium text-slate-700"}`}
        style={{ width: layout.stickyW }}
      >
        <span className="truncate">{row.label}</span>
      </div>
    </div>
  );
}

function FooterRow({ row, index, layout, columns }: { row: WeightedRow; index: number; layout: Layout; columns: VirtualItem[] }) {
  const show = (value: string | null) => (value === null ? "" : formatCell(value, row.kind));
  return (
    <div role="row" aria-rowindex={index} className="relative flex border-b border-slate-200 tabular-nums" style={{ height: FOOT_H }}>
      <Leading
        layout={layout}
        className="bg-slate-50"
        name={
          // Two short lines fit the row, so a label is whole beside the narrow name column at 360 px.
          <div role="rowheader" className="flex items-center px-2 font-medium leading-3 text-slate-700" title={row.label}>
            <span className="line-clamp-2">{row.label}</span>
          </div>
        }
        bobot={<div aria-hidden="true" style={{ width: layout.bobotW }} />}
        total={
          <div
            role="gridcell"
            aria-label={`${row.label}, total`}
            className="flex items-center justify-end px-2 font-medium"
            style={{ width: layout.totalW }}
          >
            {show(row.total)}
          </div>
        }
      />
      {columns.map((c) => (
        <div
          key={c.key}
          role="gridcell"
          aria-colindex={c.index + 4}
          className="absolute top-0 flex h-full items-center justify-end border-r border-slate-200 px-2"
          style={{ left: c.start, width: layout.colW }}
        >
          {show(row.values[c.index] ?? null)}
        </div>
      ))}
    </div>
  );
}

interface PekerjaanRowProps {
  row: Extract<GridRow, { kind: "pekerjaan" }>;
  index: number;
  field: JadwalField;
  bobot: string | null;
  layout: Layout;
  columns: VirtualItem[];
  columnTitles: readonly GridColumn[];
  active: CellPosition;
  editing: Editing;
  errors: ReadonlyMap<string, string>;
  cellId: (row: number, col: number) => string;
  onSelect: (col: number) => void;
  onEditStart: (col: number) => void;
  onEditorKey: (event: KeyboardEvent<HTMLInputElement>) => void;
  onEditorBlur: (draft: string) => void;
}

function PekerjaanRow(props: PekerjaanRowProps) {
  const { row, index, field, layout, active, editing } = props;
  const p = row.pekerjaan;
  const kind = kindOf(field);
  const name = p.kode ? `${p.kode} ${p.uraian}` : p.uraian;
  const gantt = ganttSpan(p.planned);
  const tone = totalTone(p, field);
  return (
    <div className="flex h-full w-full border-b border-slate-100">
      {gantt && (
        <div
          aria-hidden="true"
          data-testid="gantt-bar"
          title={`Rencana kolom ${gantt.first + 1}–${gantt.last + 1}`}
          className="absolute bottom-1 h-1.5 rounded-full bg-brand-600/40"
          style={{ left: layout.leftW + gantt.first * layout.colW + 4, width: (gantt.last - gantt.first + 1) * layout.colW - 8 }}
        />
      )}
      <Leading
        layout={layout}
        className="bg-white"
        name={
          <div role="rowheader" className="flex items-center gap-2 px-2" title={name}>
            {p.kode && <span className="shrink-0 font-mono text-xs text-slate-500">{p.kode}</span>}
            <span className="truncate">{p.uraian}</span>
            {!p.hasVolume && <span className="shrink-0 text-xs text-slate-500">(volume 0)</span>}
          </div>
        }
        bobot={
          <div
            role="gridcell"
            aria-label={`Bobot ${name}`}
            className="flex items-center justify-end px-2 tabular-nums text-slate-700"
            style={{ width: layout.bobotW }}
          >
            {props.bobot === null ? "" : formatPercent(props.bobot)}
          </div>
        }
        total={
          <div
            role="gridcell"
            aria-label={`Total ${name}`}
            className={`flex items-center justify-end px-2 tabular-nums ${TONES[tone]}`}
            style={{ width: layout.totalW }}
          >
            {formatCell(p.totals[field], kind)}
          </div>
        }
      />
      {props.columns.map((c) => {
        const value = p[field][c.index] ?? null;
        const isActive = active.row === index && active.col === c.index;
        const error = props.errors.get(cellKey(p.id, c.index));
        return (
          <div
            key={c.key}
            id={props.cellId(index, c.index)}
            role="gridcell"
            aria-colindex={c.index + 4}
            aria-selected={isActive}
            aria-label={`${name}, ${props.columnTitles[c.index]!.title}`}
            aria-invalid={error ? true : undefined}
            title={error}
            onClick={() => props.onSelect(c.index)}
            onDoubleClick={() => props.onEditStart(c.index)}
            className={`absolute top-0 flex h-full items-center justify-end border-r border-slate-100 px-2 tabular-nums ${
              isActive ? "z-[5] ring-2 ring-inset ring-brand-600" : ""
            } ${error ? "bg-red-50 text-red-700 ring-2 ring-inset ring-red-500" : ""}`}
            style={{ left: c.start, width: layout.colW }}
          >
            {isActive && editing ? (
              <CellEditor
                editing={editing}
                label={`${name}, ${props.columnTitles[c.index]!.title}`}
                onKey={props.onEditorKey}
                onBlur={props.onEditorBlur}
              />
            ) : (
              value !== null && formatCell(value, kind)
            )}
          </div>
        );
      })}
    </div>
  );
}

function CellEditor({
  editing,
  label,
  onKey,
  onBlur,
}: {
  editing: NonNullable<Editing>;
  label: string;
  onKey: (event: KeyboardEvent<HTMLInputElement>) => void;
  onBlur: (draft: string) => void;
}) {
  return (
    <>
      <input
        autoFocus
        aria-label={label}
        aria-invalid={editing.error ? true : undefined}
        defaultValue={editing.draft}
        // Typing continues after what is there, as in a spreadsheet.
        onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
        inputMode="decimal"
        onKeyDown={onKey}
        onBlur={(e) => onBlur(e.currentTarget.value)}
        className="w-full min-w-0 rounded border border-brand-600 bg-white px-1 text-right outline-none"
      />
      {editing.error && (
        <span role="alert" className="absolute left-0 top-full z-30 whitespace-nowrap rounded bg-red-700 px-2 py-0.5 text-xs text-white">
          {editing.error}
        </span>
      )}
    </>
  );
}
