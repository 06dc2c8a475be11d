"use client";

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useCanEdit } from "./can-edit";
import { GridCell, useGridCell } from "./virtual-grid";

export interface EditableCellProps {
  row: number;
  col: number;
  /** Accessible name of the cell's input, e.g. "Volume Galian tanah". */
  label: string;
  display: ReactNode;
  /** What the input starts with. */
  editText: string;
  /** Saves the text; resolves to an error message to show in the cell, or null once saved. */
  onCommit: (text: string) => Promise<string | null>;
  align?: "left" | "right";
  placeholder?: string;
  className?: string;
}

/** The last save of this cell: running, or failed with the text that was refused. */
type SaveState = { status: "saving"; text: string } | { status: "failed"; text: string; error: string } | null;

const cellClass = "min-w-0 px-2 py-1.5 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-600";

/**
 * A spreadsheet-style cell. Enter/F2/double-click or simply typing starts editing; Enter
 * saves and moves down, Tab saves and moves sideways, Escape cancels, leaving the cell
 * saves. Focus moves on at once, so the estimator can keep typing while the save runs; the
 * cell shows the value being saved, and a refused one stays in the cell with the server's
 * message until it is corrected (Enter reopens it with that text) or cancelled (Escape).
 */
export function EditableCell(props: EditableCellProps) {
  // Read-only (a project viewer): the value as plain text, no editing behind keys or clicks.
  if (!useCanEdit()) {
    const alignClass = props.align === "right" ? "text-right" : "";
    return (
      <GridCell row={props.row} col={props.col} className={`tabular-nums ${alignClass} ${props.className ?? ""}`}>
        {props.display}
      </GridCell>
    );
  }
  return <EditingCell {...props} />;
}

function EditingCell(props: EditableCellProps) {
  const { row, col, align = "left" } = props;
  const { cellProps, nav } = useGridCell(row, col);
  const [draft, setDraft] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>(null);
  const cellRef = useRef<HTMLDivElement>(null);
  // Set once the edit is over (saved or cancelled): a blur that follows must not save again.
  const closed = useRef(false);
  const errorId = useId();

  function startEdit(text: string) {
    closed.current = false;
    setDraft(text);
  }

  function stopEdit(refocus: boolean) {
    closed.current = true;
    setDraft(null);
    if (refocus) requestAnimationFrame(() => cellRef.current?.focus());
  }

  async function commit(move: [number, number] | null) {
    if (draft === null || closed.current) return;
    const text = draft;
    stopEdit(false);
    if (move) nav.move({ row, col }, ...move);
    if (text === props.editText && save?.status !== "failed") return;
    setSave({ status: "saving", text });
    const error = await props.onCommit(text);
    setSave(error ? { status: "failed", text, error } : null);
  }

  function onViewKey(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Enter" || event.key === "F2") startEdit(save?.status === "failed" ? save.text : props.editText);
    else if (event.key === "Escape" && save?.status === "failed") setSave(null);
    else if (event.key === "Delete" || event.key === "Backspace") startEdit("");
    else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) startEdit(event.key);
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  function onEditKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") void commit([1, 0]);
    else if (event.key === "Tab") void commit([0, event.shiftKey ? -1 : 1]);
    else if (event.key === "Escape") {
      setSave(null);
      stopEdit(true);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  }

  const alignClass = align === "right" ? "text-right" : "";
  const failed = save?.status === "failed" ? save : null;
  if (draft === null) {
    return (
      <div
        ref={cellRef}
        {...cellProps}
        aria-busy={save?.status === "saving"}
        aria-invalid={failed ? true : undefined}
        aria-describedby={failed ? errorId : undefined}
        onKeyDown={onViewKey}
        onDoubleClick={() => startEdit(failed ? failed.text : props.editText)}
        className={`${cellClass} cursor-text tabular-nums hover:bg-brand-50 ${failed ? "bg-red-50 ring-1 ring-inset ring-red-400" : ""} ${alignClass} ${props.className ?? ""}`}
      >
        {save ? <span className={save.status === "saving" ? "text-slate-400" : "text-red-700"}>{save.text || "—"}</span> : props.display}
        {save?.status === "saving" && <span className="sr-only"> (menyimpan…)</span>}
        {failed && (
          <p id={errorId} role="alert" className="mt-0.5 text-left text-xs whitespace-normal text-red-600">
            {failed.error}
          </p>
        )}
      </div>
    );
  }
  return (
    <div {...cellProps} tabIndex={-1} className={`${cellClass} ${props.className ?? ""}`}>
      <input
        autoFocus
        aria-label={props.label}
        aria-invalid={failed ? true : undefined}
        aria-describedby={failed ? errorId : undefined}
        value={draft}
        placeholder={props.placeholder}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onEditKey}
        onBlur={() => void commit(null)}
        className={`w-full rounded border border-brand-600 bg-white px-1.5 py-0.5 text-sm tabular-nums outline-none aria-[invalid]:border-red-500 ${alignClass}`}
      />
      {failed && (
        <p id={errorId} role="alert" className="mt-0.5 text-xs whitespace-normal text-red-600">
          {failed.error}
        </p>
      )}
    </div>
  );
}
