"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from "react";

export interface CellPosition {
  row: number;
  col: number;
}

interface GridNav {
  active: CellPosition;
  setActive: (position: CellPosition) => void;
  /** Moves focus from a cell by (dRow, dCol), scrolling the target row into view first. */
  move: (from: CellPosition, dRow: number, dCol: number) => void;
  focusCell: (position: CellPosition) => void;
}

const GridNavContext = createContext<GridNav | null>(null);

export function useGridNav(): GridNav {
  const nav = useContext(GridNavContext);
  if (!nav) throw new Error("useGridNav outside a VirtualGrid");
  return nav;
}

/** Props that make an element one focusable cell of the grid (roving tabindex). */
export function useGridCell(row: number, col: number) {
  const nav = useGridNav();
  const isActive = nav.active.row === row && nav.active.col === col;
  return {
    isActive,
    nav,
    cellProps: {
      role: "gridcell" as const,
      tabIndex: isActive ? 0 : -1,
      "data-col": col,
      onFocus: () => {
        if (!isActive) nav.setActive({ row, col });
      },
    },
  };
}

/** A plain (read-only) focusable cell. */
export function GridCell({ row, col, className = "", children, ...rest }: { row: number; col: number } & HTMLAttributes<HTMLDivElement>) {
  const { cellProps } = useGridCell(row, col);
  return (
    <div
      {...cellProps}
      className={`min-w-0 px-2 py-1.5 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-600 ${className}`}
      {...rest}
    >
      {children}
    </div>
  );
}

export interface VirtualGridProps {
  label: string;
  role?: "grid" | "treegrid";
  rowCount: number;
  rowKey: (index: number) => string;
  /** CSS grid-template-columns shared by the header and every row. */
  template: string;
  /** Header cells (role="columnheader"). */
  header: ReactNode;
  renderRow: (index: number) => ReactNode;
  rowAttributes?: (index: number) => HTMLAttributes<HTMLDivElement> & { "aria-level"?: number; "aria-expanded"?: boolean };
  /** Tailwind height of the scrolling area. */
  heightClass?: string;
  minWidth?: string;
  estimateRowHeight?: number;
  /** Extra keys (e.g. Alt+↑/↓ to reorder) before the arrow-key navigation. Return true if handled. */
  onGridKey?: (event: KeyboardEvent<HTMLDivElement>, active: CellPosition) => boolean;
  onGridPaste?: (event: ClipboardEvent<HTMLDivElement>, active: CellPosition) => void;
  empty?: ReactNode;
}

const HEADER_HEIGHT = 40;
const EDITING_TARGETS = new Set(["INPUT", "TEXTAREA", "SELECT"]);

/**
 * A virtualized grid: only the rows in view (plus overscan) are in the DOM, so a
 * 2,000-pekerjaan project scrolls as lightly as a 20-row one. Keyboard: arrows, Home/End,
 * PageUp/PageDown and Ctrl+Home/End move a roving focus; a target row outside the rendered
 * window is scrolled in first, then focused.
 */
export function VirtualGrid(props: VirtualGridProps) {
  const { rowCount, rowKey, template, heightClass = "max-h-[70vh]", estimateRowHeight = 36 } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  // The virtualizer is read afresh on every render and never memoized, which is what this rule warns about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateRowHeight,
    getItemKey: rowKey,
    overscan: 12,
    // Rows start below the sticky header, which must not cover a row scrolled to.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  const focusCell = useCallback(
    (target: CellPosition) => {
      setActive(target);
      virtualizer.scrollToIndex(target.row, { align: "auto" });
      let tries = 0;
      const attempt = () => {
        const rowEl = scrollRef.current?.querySelector(`[data-index="${target.row}"]`);
        const cells = rowEl ? Array.from(rowEl.querySelectorAll<HTMLElement>("[data-col]")) : [];
        // Rows may have fewer cells (a group row spans all columns): take the nearest one.
        const cell = cells.filter((c) => Number(c.dataset.col) <= target.col).pop() ?? cells[0];
        if (cell) cell.focus({ preventScroll: true });
        else if (tries++ < 6) requestAnimationFrame(attempt);
      };
      requestAnimationFrame(attempt);
    },
    [virtualizer],
  );

  const nav = useMemo<GridNav>(
    () => ({
      active,
      setActive,
      focusCell,
      move: (from, dRow, dCol) => {
        const row = Math.max(0, Math.min(rowCount - 1, from.row + dRow));
        focusCell({ row, col: Math.max(0, from.col + dCol) });
      },
    }),
    [active, focusCell, rowCount],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (props.onGridKey?.(event, active)) return;
    if (EDITING_TARGETS.has((event.target as HTMLElement).tagName)) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / estimateRowHeight) - 1);
    const moves: Record<string, [number, number] | undefined> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
      PageDown: [page, 0],
      PageUp: [-page, 0],
    };
    const delta = moves[event.key];
    if (delta) nav.move(active, delta[0], delta[1]);
    else if (event.key === "Home") focusCell(event.ctrlKey ? { row: 0, col: 0 } : { row: active.row, col: 0 });
    else if (event.key === "End") focusCell(event.ctrlKey ? { row: rowCount - 1, col: active.col } : { row: active.row, col: 99 });
    else return;
    event.preventDefault();
  }

  const items = virtualizer.getVirtualItems();
  return (
    <GridNavContext.Provider value={nav}>
      <div
        ref={scrollRef}
        role={props.role ?? "grid"}
        aria-label={props.label}
        aria-rowcount={rowCount + 1}
        onKeyDown={onKeyDown}
        onPaste={props.onGridPaste ? (e) => props.onGridPaste!(e, active) : undefined}
        className={`relative overflow-auto rounded-lg border border-slate-200 bg-white text-sm ${heightClass}`}
      >
        <div style={{ minWidth: props.minWidth }}>
          <div role="rowgroup" className="sticky top-0 z-10">
            <div
              role="row"
              aria-rowindex={1}
              className="grid items-center border-b border-slate-200 bg-slate-100 text-xs font-medium text-slate-600"
              style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }}
            >
              {props.header}
            </div>
          </div>
          {rowCount === 0 && props.empty}
          <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const { className: rowClass = "", ...attributes } = props.rowAttributes?.(item.index) ?? {};
              return (
                <div
                  key={item.key}
                  role="row"
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  aria-rowindex={item.index + 2}
                  {...attributes}
                  className={`absolute left-0 grid w-full items-stretch border-b border-slate-100 ${rowClass}`}
                  style={{ gridTemplateColumns: template, transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
                >
                  {props.renderRow(item.index)}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </GridNavContext.Provider>
  );
}

/** A header cell; `align="right"` for number columns. */
export function HeaderCell({
  children,
  align = "left",
  className = "",
}: {
  children?: ReactNode;
  align?: "left" | "right";
  className?: string;
}) {
  return (
    <div role="columnheader" className={`truncate px-2 ${align === "right" ? "text-right" : ""} ${className}`}>
      {children}
    </div>
  );
}
