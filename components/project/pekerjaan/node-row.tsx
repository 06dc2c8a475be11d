"use client";

import { createContext, useContext, useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode } from "react";
import { useCanEdit } from "@/components/ui/can-edit";
import { nodeDomId, type NodeKind } from "./tree-ops";

export type DragKind = string;

interface DragState {
  dragging: { kind: DragKind; id: string } | null;
  setDragging: (value: { kind: DragKind; id: string } | null) => void;
}

/** Which node is being dragged: a drop target only lights up for nodes of its own kind. */
export const TreeDragContext = createContext<DragState>({ dragging: null, setDragging: () => {} });

export interface NodeRowProps {
  kind: NodeKind;
  nodeId: string;
  /** Accessible name of the row, e.g. "Klasifikasi I Pekerjaan Persiapan". */
  label: string;
  children: ReactNode;
  /** The current name, for inline rename; omitted when the node cannot be renamed. */
  name?: string | undefined;
  onRename?: ((name: string) => Promise<boolean>) | undefined;
  onMove: (delta: -1 | 1) => void;
  /** Where the node stands among the rows it can move between. */
  place: { canMoveUp: boolean; canMoveDown: boolean };
  onDelete: () => void;
  actions?: ReactNode;
  /**
   * Drag & drop: this row is dragged as `kind`, and takes drops of the kinds in `accepts`
   * (its own by default); dropping puts the dragged node here.
   */
  drag?: { kind: DragKind; accepts?: DragKind[]; onDrop: (dragged: { kind: DragKind; id: string }) => void } | undefined;
}

const INDENT: Record<NodeKind, string> = { klasifikasi: "", sub: "pl-6", pekerjaan: "pl-12" };

/** index among `count` siblings → whether it can move up or down. */
export function placeAmong(index: number, count: number) {
  return { canMoveUp: index > 0, canMoveDown: index < count - 1 };
}
const iconButton =
  "rounded px-1.5 py-0.5 text-slate-500 hover:bg-slate-200 hover:text-slate-900 disabled:opacity-30 disabled:hover:bg-transparent";

/** Focus the next/previous row of the tree (↑/↓ without Alt). */
function focusSibling(current: HTMLElement, delta: -1 | 1) {
  const rows = Array.from(document.querySelectorAll<HTMLElement>("[data-tree-row]"));
  rows[rows.indexOf(current) + delta]?.focus();
}

/**
 * One row of the List Pekerjaan tree, the same at every level. Keyboard: ↑/↓ move between
 * rows, Alt+↑/↓ moves the node, F2 renames, Delete deletes; the buttons do the same by mouse.
 */
export function NodeRow(props: NodeRowProps) {
  // A viewer reads the row: ↑/↓ still move between rows, nothing renames, moves or deletes.
  return useCanEdit() ? <EditableNodeRow {...props} /> : <NodeRowFrame {...props} />;
}

/** The row as text, with its own actions (links) only. */
function NodeRowFrame(props: NodeRowProps) {
  return (
    <div
      id={nodeDomId[props.kind](props.nodeId)}
      data-tree-row
      role="group"
      tabIndex={0}
      aria-label={props.label}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
        focusSibling(event.currentTarget, event.key === "ArrowUp" ? -1 : 1);
        event.preventDefault();
      }}
      className={`flex items-center gap-2 rounded-md px-2 py-1.5 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 ${INDENT[props.kind]}`}
    >
      <div className="min-w-0 flex-1">{props.children}</div>
      {props.actions && <div className="flex shrink-0 items-center gap-1 text-sm">{props.actions}</div>}
    </div>
  );
}

function EditableNodeRow(props: NodeRowProps) {
  const [renaming, setRenaming] = useState(false);
  const [dropHover, setDropHover] = useState(false);
  const drag = useContext(TreeDragContext);
  const accepted = props.drag?.accepts ?? (props.drag ? [props.drag.kind] : []);
  const accepts = drag.dragging !== null && accepted.includes(drag.dragging.kind) && drag.dragging.id !== props.nodeId;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      const delta = event.key === "ArrowUp" ? -1 : 1;
      if (delta < 0 ? props.place.canMoveUp : props.place.canMoveDown) props.onMove(delta);
    } else if (event.key === "ArrowUp" || event.key === "ArrowDown") focusSibling(event.currentTarget, event.key === "ArrowUp" ? -1 : 1);
    else if (event.key === "F2" && props.onRename) setRenaming(true);
    else if (event.key === "Delete") props.onDelete();
    else return;
    event.preventDefault();
  }

  const dropHandlers = accepts
    ? {
        onDragOver: (event: DragEvent) => {
          event.preventDefault();
          setDropHover(true);
        },
        onDragLeave: () => setDropHover(false),
        onDrop: (event: DragEvent) => {
          event.preventDefault();
          setDropHover(false);
          if (drag.dragging) props.drag!.onDrop(drag.dragging);
          drag.setDragging(null);
        },
      }
    : {};

  return (
    <div
      // The DOM id lets focus follow the node after it moved.
      id={nodeDomId[props.kind](props.nodeId)}
      data-tree-row
      role="group"
      tabIndex={0}
      aria-label={props.label}
      onKeyDown={onKeyDown}
      draggable={props.drag ? !renaming : undefined}
      onDragStart={props.drag ? () => drag.setDragging({ kind: props.drag!.kind, id: props.nodeId }) : undefined}
      onDragEnd={() => drag.setDragging(null)}
      {...dropHandlers}
      className={`group flex items-center gap-2 rounded-md border-t-2 px-2 py-1.5 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 ${INDENT[props.kind]} ${
        dropHover ? "border-brand-600 bg-brand-50" : "border-transparent hover:bg-slate-50"
      }`}
    >
      {props.drag && (
        <span
          aria-hidden="true"
          title="Seret untuk memindahkan"
          className="cursor-grab text-slate-300 select-none group-hover:text-slate-500"
        >
          ⠿
        </span>
      )}
      <div className="min-w-0 flex-1">
        {renaming && props.onRename ? (
          <RenameInput
            name={props.name ?? ""}
            label={`Nama baru untuk ${props.label}`}
            onDone={() => setRenaming(false)}
            onSave={props.onRename}
          />
        ) : (
          props.children
        )}
      </div>
      <div className="flex shrink-0 items-center gap-1 text-sm">
        {props.actions}
        {props.onRename && !renaming && (
          <button
            type="button"
            className={iconButton}
            onClick={() => setRenaming(true)}
            aria-label={`Ubah nama ${props.label}`}
            title="Ubah nama (F2)"
          >
            ✎
          </button>
        )}
        <button
          type="button"
          className={iconButton}
          disabled={!props.place.canMoveUp}
          onClick={() => props.onMove(-1)}
          aria-label={`Naikkan ${props.label}`}
          title="Naikkan (Alt+↑)"
        >
          ↑
        </button>
        <button
          type="button"
          className={iconButton}
          disabled={!props.place.canMoveDown}
          onClick={() => props.onMove(1)}
          aria-label={`Turunkan ${props.label}`}
          title="Turunkan (Alt+↓)"
        >
          ↓
        </button>
        <button
          type="button"
          className={`${iconButton} hover:text-red-700`}
          onClick={props.onDelete}
          aria-label={`Hapus ${props.label}`}
          title="Hapus (Delete)"
        >
          ✕
        </button>
      </div>
    </div>
  );
}

function RenameInput({
  name,
  label,
  onSave,
  onDone,
}: {
  name: string;
  label: string;
  onSave: (name: string) => Promise<boolean>;
  onDone: () => void;
}) {
  const [draft, setDraft] = useState(name);
  const [saving, setSaving] = useState(false);
  // Escape or a save ends the edit; a blur that may follow must not save (again).
  const finished = useRef(false);
  function finish() {
    finished.current = true;
    onDone();
  }
  async function save() {
    if (finished.current || saving) return;
    if (draft.trim() === "" || draft.trim() === name) return finish();
    setSaving(true);
    const ok = await onSave(draft.trim());
    setSaving(false);
    if (ok) finish();
  }
  return (
    <input
      autoFocus
      aria-label={label}
      value={draft}
      readOnly={saving}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => void save()}
      onKeyDown={(e) => {
        if (e.key === "Enter") void save();
        else if (e.key === "Escape") finish();
        else return;
        e.preventDefault();
        e.stopPropagation();
      }}
      className="w-full rounded border border-brand-600 px-2 py-0.5 text-sm outline-none"
    />
  );
}
