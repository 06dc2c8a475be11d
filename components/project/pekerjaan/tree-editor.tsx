"use client";

import Link from "next/link";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import type { EditionOption } from "@/components/reference/ahsp-search-panel";
import { ActionStatus } from "@/components/ui/action-status";
import { Button } from "@/components/ui/button";
import { useCanEdit } from "@/components/ui/can-edit";
import { useApiAction } from "@/components/ui/use-api-action";
import { useApiData } from "@/components/ui/use-api-data";
import { apiFetch } from "@/lib/api/client";
import { formatInteger } from "@/lib/format/number";
import { SourceBadge } from "../source-badge";
import { letters, roman } from "@/lib/format/numbering";
import { AddPekerjaanDialog, type AddTarget } from "./add-pekerjaan-dialog";
import { NodeRow, placeAmong, TreeDragContext, type DragKind } from "./node-row";
import {
  editorRows,
  moveKlasifikasi,
  movePekerjaan,
  moveSub,
  nodeDomId,
  pekerjaanStep,
  type EditorRow,
  type PekerjaanTarget,
  type Tree,
  type TreeKlasifikasi,
  type TreePekerjaan,
  type TreeSub,
} from "./tree-ops";

/** Focuses element `id` once the virtualizer has rendered it (a few frames at most). */
function focusWhenRendered(id: string, tries = 8) {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    if (element) element.focus();
    else if (tries > 0) focusWhenRendered(id, tries - 1);
  });
}

/**
 * List Pekerjaan: the klasifikasi → sub-klasifikasi → pekerjaan tree. Adds, renames,
 * deletes and reorders (buttons, Alt+↑/↓, or drag & drop). A move shows at once; writes
 * go to the API one after another, and once the last one is done the tree is re-read, so
 * the screen ends on the server's order.
 */
export function TreeEditor({ projectId, initialTree, editions }: { projectId: string; initialTree: Tree; editions: EditionOption[] }) {
  const base = `/api/v1/projects/${projectId}`;
  const { data: tree, setData: setTree, reload } = useApiData(initialTree, `${base}/tree`);
  const action = useApiAction();
  const [dragging, setDragging] = useState<{ kind: DragKind; id: string } | null>(null);
  const [addTarget, setAddTarget] = useState<AddTarget | null>(null);
  // What the last add did, said once the dialog has closed (the dialog's own status went with it).
  const [added, setAdded] = useState("");
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const queued = useRef(0);
  const canEdit = useCanEdit();
  const rows = useMemo(() => editorRows(tree, canEdit), [tree, canEdit]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer is read afresh on every render and never memoized, which is what this rule warns about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.type === "klasifikasi" ? 56 : 38),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 15,
  });
  // A node that moved or was added keeps (or gets) the focus, wherever it now is in the list.
  // The target waits in a ref until the rows hold it (an added pekerjaan arrives with the reload).
  const focusTarget = useRef<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const setFocusTarget = (id: string) => {
    focusTarget.current = id;
    setFocusRequest((n) => n + 1);
  };
  useEffect(() => {
    const id = focusTarget.current;
    const index = id ? rows.findIndex((r) => r.key === id) : -1;
    if (!id || index < 0) return;
    focusTarget.current = null;
    virtualizer.scrollToIndex(index, { align: "auto" });
    focusWhenRendered(id);
  }, [focusRequest, rows, virtualizer]);

  /** Sends one write after the ones before it; re-reads the tree when the queue is empty. */
  function write(request: () => Promise<unknown>): Promise<boolean> {
    queued.current += 1;
    const step = queue.current.then(async () => {
      const result = await action.run(request);
      queued.current -= 1;
      if (queued.current === 0) await reload().catch(() => undefined);
      return result.ok;
    });
    queue.current = step;
    return step;
  }

  const send = (path: string, method: string, json?: unknown) => () =>
    apiFetch(`${base}${path}`, { method, ...(json === undefined ? {} : { json }) });

  function placePekerjaan(id: string, target: PekerjaanTarget) {
    setTree((t) => movePekerjaan(t, id, target));
    setFocusTarget(nodeDomId.pekerjaan(id));
    void write(send(`/pekerjaan/${id}`, "PATCH", target));
  }

  function placeKlasifikasi(k: TreeKlasifikasi, position: number) {
    setTree((t) => moveKlasifikasi(t, k.id, position));
    setFocusTarget(nodeDomId.klasifikasi(k.id));
    void write(send(`/klasifikasi/${k.id}`, "PATCH", { position }));
  }

  function placeSub(k: TreeKlasifikasi, s: TreeSub, position: number) {
    setTree((t) => moveSub(t, k.id, s.id, position));
    setFocusTarget(nodeDomId.sub(s.id));
    void write(send(`/klasifikasi/${k.id}/sub-klasifikasi/${s.id}`, "PATCH", { position }));
  }

  function remove(label: string, count: number, path: string) {
    const below = count > 0 ? ` beserta ${formatInteger(count)} pekerjaan di dalamnya` : "";
    if (window.confirm(`Hapus ${label}${below}? Tindakan ini tidak dapat dibatalkan.`)) void write(send(path, "DELETE"));
  }

  // A pekerjaan can move past its sub's ends into the neighbouring one, except at the tree's ends.
  const subIds = tree.klasifikasi.flatMap((k) => k.subKlasifikasi.map((s) => s.id));
  const edges = { firstSub: subIds[0], lastSub: subIds[subIds.length - 1] };
  const pekerjaanCount = (k: TreeKlasifikasi) => k.subKlasifikasi.reduce((n, s) => n + s.pekerjaan.length, 0);

  function renderPekerjaan(k: TreeKlasifikasi, s: TreeSub, p: TreePekerjaan, index: number) {
    const label = `Pekerjaan ${p.kode ? `${p.kode} ` : ""}${p.uraian}`;
    return (
      <NodeRow
        kind="pekerjaan"
        nodeId={p.id}
        label={label}
        name={p.uraian}
        onRename={p.source === "ref" ? undefined : (uraian) => write(send(`/pekerjaan/${p.id}`, "PATCH", { uraian }))}
        onMove={(delta) => {
          const target = pekerjaanStep(tree, p.id, delta);
          if (target) placePekerjaan(p.id, target);
        }}
        place={{ canMoveUp: index > 0 || s.id !== edges.firstSub, canMoveDown: index < s.pekerjaan.length - 1 || s.id !== edges.lastSub }}
        onDelete={() => remove(label, 0, `/pekerjaan/${p.id}`)}
        drag={{
          kind: "pekerjaan",
          onDrop: (dragged) => placePekerjaan(dragged.id, { subKlasifikasiId: s.id, position: index }),
        }}
        actions={
          <Link
            href={`/projects/${projectId}/analisa?p=${p.id}`}
            className="rounded px-1.5 py-0.5 text-xs text-brand-700 hover:bg-brand-50"
          >
            Analisa
          </Link>
        }
      >
        <div className="flex min-w-0 items-baseline gap-3 text-sm">
          <span className="w-24 shrink-0 truncate font-mono text-xs text-slate-500">{p.kode ?? "—"}</span>
          <span className="min-w-0 flex-1 truncate" title={p.uraian}>
            {p.uraian}
          </span>
          <span className="w-12 shrink-0 text-slate-500">{p.satuan || "—"}</span>
          <SourceBadge source={p.source} />
          <span className="w-16 shrink-0 text-right text-xs text-slate-500 tabular-nums">{formatInteger(p.lineCount)} baris</span>
        </div>
      </NodeRow>
    );
  }

  function renderSub(k: TreeKlasifikasi, s: TreeSub, index: number) {
    const label = `Sub-klasifikasi ${letters(index + 1)} ${s.name}`;
    return (
      <NodeRow
        kind="sub"
        nodeId={s.id}
        label={label}
        name={s.name}
        onRename={(name) => write(send(`/klasifikasi/${k.id}/sub-klasifikasi/${s.id}`, "PATCH", { name }))}
        onMove={(delta) => placeSub(k, s, index + delta)}
        place={placeAmong(index, k.subKlasifikasi.length)}
        onDelete={() => remove(label, s.pekerjaan.length, `/klasifikasi/${k.id}/sub-klasifikasi/${s.id}`)}
        drag={{
          kind: `sub:${k.id}`,
          accepts: [`sub:${k.id}`, "pekerjaan"],
          // A pekerjaan dropped on the sub-klasifikasi goes to its end.
          onDrop: (dragged) =>
            dragged.kind === "pekerjaan"
              ? placePekerjaan(dragged.id, { subKlasifikasiId: s.id, position: s.pekerjaan.length })
              : placeSub(
                  k,
                  k.subKlasifikasi.find((x) => x.id === dragged.id)!,
                  index,
                ),
        }}
        actions={
          canEdit && (
            <button
              type="button"
              onClick={() => setAddTarget({ subKlasifikasiId: s.id, subName: s.name })}
              aria-label={`Tambah pekerjaan ke ${s.name}`}
              className="rounded px-1.5 py-0.5 text-xs font-medium text-brand-700 hover:bg-brand-50"
            >
              + Pekerjaan
            </button>
          )
        }
      >
        <span className="text-sm font-medium">
          {letters(index + 1)}. {s.name}
        </span>
      </NodeRow>
    );
  }

  function renderKlasifikasi(k: TreeKlasifikasi, index: number) {
    const label = `Klasifikasi ${roman(index + 1)} ${k.name}`;
    return (
      <div className={index > 0 ? "pt-4" : ""}>
        <NodeRow
          kind="klasifikasi"
          nodeId={k.id}
          label={label}
          name={k.name}
          onRename={(name) => write(send(`/klasifikasi/${k.id}`, "PATCH", { name }))}
          onMove={(delta) => placeKlasifikasi(k, index + delta)}
          place={placeAmong(index, tree.klasifikasi.length)}
          onDelete={() => remove(label, pekerjaanCount(k), `/klasifikasi/${k.id}`)}
          drag={{
            kind: "klasifikasi",
            onDrop: (dragged) =>
              placeKlasifikasi(
                tree.klasifikasi.find((x) => x.id === dragged.id)!,
                index,
              ),
          }}
        >
          <span className="font-semibold">
            {roman(index + 1)}. {k.name}
          </span>
        </NodeRow>
      </div>
    );
  }

  function renderRow(row: EditorRow) {
    switch (row.type) {
      case "klasifikasi":
        return renderKlasifikasi(row.k, row.ki);
      case "sub":
        return renderSub(row.k, row.s, row.si);
      case "pekerjaan":
        return renderPekerjaan(row.k, row.s, row.p, row.pi);
      case "empty-sub":
        return (
          <p className="py-1 pl-14 text-xs text-slate-400">
            Belum ada pekerjaan.{canEdit && " Tambahkan dari pustaka AHSP atau buat custom."}
          </p>
        );
      case "add-sub":
        return (
          <div className="pl-6">
            <InlineAdd
              label={`Nama sub-klasifikasi baru di ${row.k.name}`}
              button="Tambah sub-klasifikasi"
              onAdd={(name) => write(send(`/klasifikasi/${row.k.id}/sub-klasifikasi`, "POST", { name }))}
            />
          </div>
        );
    }
  }

  return (
    <TreeDragContext.Provider value={{ dragging, setDragging }}>
      <div className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          {canEdit ? (
            <p className="text-sm text-slate-600">
              ↑/↓ berpindah baris, <kbd>Alt</kbd>+↑/↓ memindahkan, <kbd>F2</kbd> mengganti nama, <kbd>Delete</kbd> menghapus; baris juga
              dapat diseret.
            </p>
          ) : (
            <p className="text-sm text-slate-600">Anda peninjau proyek ini: daftar pekerjaan hanya dapat dibaca.</p>
          )}
          <div className="space-y-1">
            <p role="status" aria-live="polite" className="text-xs text-slate-600">
              {added}
            </p>
            <ActionStatus action={action} onReload={reload} />
          </div>
        </div>
        <div aria-label="List Pekerjaan" role="group" className="rounded-lg border border-slate-200 bg-white">
          {tree.klasifikasi.length === 0 && (
            <p className="px-5 py-4 text-sm text-slate-500">
              {canEdit
                ? "Belum ada klasifikasi. Mulai dengan menambahkan klasifikasi, mis. “Pekerjaan Persiapan”."
                : "Belum ada klasifikasi."}
            </p>
          )}
          {/* Only the rows in view are rendered: a 2,000-pekerjaan tree stays light. */}
          <div ref={scrollRef} className="max-h-[70vh] overflow-auto px-3">
            <div className="relative" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((item) => (
                <div
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="absolute top-0 left-0 w-full"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {renderRow(rows[item.index]!)}
                </div>
              ))}
            </div>
          </div>
          {canEdit && (
            <div className="border-t border-slate-100 px-3 py-2">
              <InlineAdd
                label="Nama klasifikasi baru"
                button="Tambah klasifikasi"
                onAdd={(name) => write(send("/klasifikasi", "POST", { name }))}
              />
            </div>
          )}
        </div>
      </div>
      <AddPekerjaanDialog
        projectId={projectId}
        target={addTarget}
        editions={editions}
        onClose={() => setAddTarget(null)}
        onAdded={(ids) => {
          setAdded(`${formatInteger(ids.length)} pekerjaan ditambahkan ke “${addTarget?.subName ?? ""}”.`);
          setAddTarget(null);
          void reload().then(() => setFocusTarget(nodeDomId.pekerjaan(ids[0]!)));
        }}
      />
    </TreeDragContext.Provider>
  );
}

/** A one-field form that adds a named node and clears itself on success. */
function InlineAdd({ label, button, onAdd }: { label: string; button: string; onAdd: (name: string) => Promise<boolean> }) {
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "").trim();
    if (!name) return;
    setBusy(true);
    if (await onAdd(name)) form.reset();
    setBusy(false);
    requestAnimationFrame(() => form.querySelector("input")?.focus());
  }
  return (
    <form onSubmit={submit}>
      {/* Disabled while saving: the reset that follows must not wipe what is typed meanwhile. */}
      <fieldset disabled={busy} className="flex items-center gap-2 py-1">
        <input
          name="name"
          aria-label={label}
          placeholder={label}
          maxLength={300}
          className="w-80 rounded-md border border-slate-300 px-2 py-1 text-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
        />
        <Button type="submit" variant="secondary" className="px-3 py-1">
          {button}
        </Button>
      </fieldset>
    </form>
  );
}
