"use client";

import { useVirtualizer, type VirtualItem } from "@tanstack/react-virtual";
import { type ClipboardEvent, type KeyboardEvent, useRef, useState } from "react";
import { formatPercent, toInputText } from "@/lib/format/number";
import {
  cellEntry,
  cellKey,
  type EntryBody,
  ganttSpan,
  type GridRow,
  nextPekerjaanRow,
  parseCell,
  parseClipboard,
  pasteEntries,
  type JadwalMode,
  totalTone,
} from "./grid-model";

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
  mode: JadwalMode;
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
const COL_W = 68;
const NAME_W = 300;
const TOTAL_W = 84;
const LEFT_W = NAME_W + TOTAL_W;

const TONES = {
  complete: "text-emerald-700",
  under: "bg-amber-50 text-amber-800",
  over: "bg-red-50 font-semibold text-red-700",
  none: "text-slate-400",
} as const;

type Editing = { draft: string; error: string | null } | null;

/**
 * The Jadwal grid: pekerjaan rows × week (or month) columns, both virtualized, so 2,000 rows ×
 * 104 weeks keep a few hundred cells in the DOM. The header row and the name and total columns
 * stay in place (CSS sticky) while the weeks scroll.
 *
 * Keyboard (the grid holds focus; aria-activedescendant names the active cell): arrows, Tab,
 * Home/End and PageUp/PageDown move; Enter, F2 or typing a number edits; in the editor Enter
 * saves and moves down, Tab saves and moves right, Escape cancels; Delete clears the cell.
 * A tab-separated block pasted from a spreadsheet fills from the active cell.
 */
export function JadwalGrid(props: JadwalGridProps) {
  const { rows, columns, mode, readOnly, active } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [editing, setEditingState] = useState<Editing>(null);
  // The editor's blur fires after Enter, Tab or Escape already closed it: the ref says so at once.
  const editingRef = useRef<Editing>(null);
  const setEditing = (next: Editing) => {
    editingRef.current = next;
    setEditingState(next);
  };
  // TanStack Virtual's functions can not be memoized: the React Compiler leaves this component be.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rowV = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_H,
    overscan: 8,
    scrollMargin: HEADER_H,
    scrollPaddingStart: HEADER_H,
  });
  const colV = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => COL_W,
    overscan: 3,
    scrollMargin: LEFT_W,
    scrollPaddingStart: LEFT_W,
  });

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
    const parsed = parseCell(text);
    if (!parsed.ok) return setEditing({ draft: text, error: parsed.error });
    const current = activePekerjaan[mode][active.col] ?? null;
    if (parsed.value !== (current === null ? null : String(Number(current)))) {
      props.onCommit([cellEntry(activePekerjaan.id, active.col, mode, parsed.value)]);
    }
    setEditing(null);
    scrollRef.current?.focus({ preventScroll: true });
    then();
  }

  function startEditing(draft: string) {
    if (readOnly || !activePekerjaan) return;
    setEditing({ draft, error: null });
  }

  function onGridKey(event: KeyboardEvent<HTMLDivElement>) {
    if (editing) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_H) - 2);
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
      Enter: () => startEditing(toInputText(activePekerjaan?.[mode][active.col], "percent")),
      F2: () => startEditing(toInputText(activePekerjaan?.[mode][active.col], "percent")),
      Delete: () => !readOnly && activePekerjaan && props.onCommit([cellEntry(activePekerjaan.id, active.col, mode, null)]),
      Backspace: () => !readOnly && activePekerjaan && props.onCommit([cellEntry(activePekerjaan.id, active.col, mode, null)]),
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
    const result = pasteEntries(parseClipboard(event.clipboardData.getData("text/plain")), active, rows, columns.length, mode);
    if (result.ok) props.onCommit(result.entries);
    else props.onPasteError(result.errors);
  }

  const cellId = (row: number, col: number) => `jadwal-cell-${row}-${col}`;
  const totalWidth = LEFT_W + colV.getTotalSize();
  const visibleColumns = colV.getVirtualItems();

  return (
    <div
      ref={scrollRef}
      role="grid"
      tabIndex={0}
      aria-label={`Jadwal ${mode === "planned" ? "rencana" : "realisasi"} per pekerjaan`}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length + 2}
      aria-readonly={readOnly || undefined}
      aria-activedescendant={activePekerjaan ? cellId(active.row, active.col) : undefined}
      onKeyDown={onGridKey}
      onPaste={onPaste}
      className="relative h-[65vh] overflow-auto rounded-lg border border-slate-200 bg-white text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600/50"
    >
      <div className="relative" style={{ width: totalWidth, height: HEADER_H + rowV.getTotalSize() }}>
        <div
          role="row"
          aria-rowindex={1}
          className="sticky top-0 z-20 border-b border-slate-200 bg-slate-100 text-xs font-medium text-slate-600"
          style={{ height: HEADER_H, width: totalWidth }}
        >
          <div className="sticky left-0 z-10 flex h-full bg-slate-100" style={{ width: LEFT_W }}>
            <div role="columnheader" className="flex items-center px-2" style={{ width: NAME_W }}>
              Pekerjaan
            </div>
            <div role="columnheader" className="flex items-center justify-end border-r border-slate-200 px-2" style={{ width: TOTAL_W }}>
              Total %
            </div>
          </div>
          {visibleColumns.map((c) => (
            <div
              key={c.key}
              role="columnheader"
              aria-colindex={c.index + 3}
              title={columns[c.index]!.title}
              className="absolute top-0 flex h-full flex-col items-end justify-center border-r border-slate-200 px-2"
              style={{ left: c.start, width: COL_W }}
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
              className="absolute left-0"
              style={{ top: r.start, height: ROW_H, width: totalWidth }}
            >
              {row.kind === "pekerjaan" ? (
                <PekerjaanRow
                  row={row}
                  index={r.index}
                  mode={mode}
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
                    startEditing(toInputText(row.pekerjaan[mode][col], "percent"));
                  }}
                  onEditorKey={onEditorKey}
                  onEditorBlur={(draft) => commit(draft, () => undefined)}
                />
              ) : (
                <GroupRow row={row} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function GroupRow({ row }: { row: Extract<GridRow, { kind: "klasifikasi" | "sub" }> }) {
  const klasifikasi = row.kind === "klasifikasi";
  return (
    <div className={`h-full border-b border-slate-200 ${klasifikasi ? "bg-slate-100" : "bg-slate-50"}`}>
      <div
        role="rowheader"
        className={`sticky left-0 flex h-full items-center truncate px-2 ${klasifikasi ? "font-semibold" : "pl-5 font-medium text-slate-700"}`}
        style={{ width: LEFT_W }}
      >
        {row.label}
      </div>
    </div>
  );
}

interface PekerjaanRowProps {
  row: Extract<GridRow, { kind: "pekerjaan" }>;
  index: number;
  mode: JadwalMode;
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
  const { row, index, mode, active, editing } = props;
  const p = row.pekerjaan;
  const name = p.kode ? `${p.kode} ${p.uraian}` : p.uraian;
  const gantt = ganttSpan(p.planned);
  const tone = totalTone(p, mode);
  return (
    <div className="h-full border-b border-slate-100">
      {gantt && (
        <div
          aria-hidden="true"
          data-testid="gantt-bar"
          title={`Rencana kolom ${gantt.first + 1}–${gantt.last + 1}`}
          className="absolute bottom-1 h-1.5 rounded-full bg-brand-600/40"
          style={{ left: LEFT_W + gantt.first * COL_W + 4, width: (gantt.last - gantt.first + 1) * COL_W - 8 }}
        />
      )}
      <div className="sticky left-0 z-10 flex h-full bg-white" style={{ width: LEFT_W }}>
        <div role="rowheader" className="flex min-w-0 items-center gap-2 px-2" style={{ width: NAME_W }} title={name}>
          {p.kode && <span className="shrink-0 font-mono text-xs text-slate-500">{p.kode}</span>}
          <span className="truncate">{p.uraian}</span>
          {!p.hasVolume && <span className="shrink-0 text-xs text-slate-400">(volume 0)</span>}
        </div>
        <div
          role="gridcell"
          aria-label={`Total ${name}`}
          className={`flex items-center justify-end border-r border-slate-200 px-2 tabular-nums ${TONES[tone]}`}
          style={{ width: TOTAL_W }}
        >
          {formatPercent(p.totals[mode])}
        </div>
      </div>
      {props.columns.map((c) => {
        const value = p[mode][c.index] ?? null;
        const isActive = active.row === index && active.col === c.index;
        const error = props.errors.get(cellKey(p.id, c.index));
        return (
          <div
            key={c.key}
            id={props.cellId(index, c.index)}
            role="gridcell"
            aria-colindex={c.index + 3}
            aria-selected={isActive}
            aria-label={`${name}, ${props.columnTitles[c.index]!.title}`}
            aria-invalid={error ? true : undefined}
            title={error}
            onClick={() => props.onSelect(c.index)}
            onDoubleClick={() => props.onEditStart(c.index)}
            className={`absolute top-0 flex h-full items-center justify-end border-r border-slate-100 px-2 tabular-nums ${
              isActive ? "z-[5] ring-2 ring-inset ring-brand-600" : ""
            } ${error ? "bg-red-50 text-red-700 ring-2 ring-inset ring-red-500" : ""}`}
            style={{ left: c.start, width: COL_W }}
          >
            {isActive && editing ? (
              <CellEditor
                editing={editing}
                label={`${name}, ${props.columnTitles[c.index]!.title}`}
                onKey={props.onEditorKey}
                onBlur={props.onEditorBlur}
              />
            ) : (
              value !== null && formatPercent(value)
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
