"use client";

import { useState, type KeyboardEvent } from "react";
import { ActionStatus } from "@/components/ui/action-status";
import { useCanEdit } from "@/components/ui/can-edit";
import { EditableCell } from "@/components/ui/editable-cell";
import { staleRows, useApiAction } from "@/components/ui/use-api-action";
import { PlausibilityMark } from "@/components/ui/plausibility-mark";
import { useApiData } from "@/components/ui/use-api-data";
import { GridCell, HeaderCell } from "@/components/ui/virtual-grid";
import { apiFetch } from "@/lib/api/client";
import { formatInteger, formatQuantity, toInputText } from "@/lib/format/number";
import type { ParameterView } from "@/lib/parameters/types";
import type { StaleRow } from "@/lib/kernel/edit-version";
import type { TakeoffRowInput } from "@/lib/pekerjaan/takeoff";
import type { ReevaluatedVolume, VolumeView } from "@/lib/pekerjaan/types";
import { PEKERJAAN_COLUMNS, PekerjaanCells, PekerjaanHeaders } from "../pekerjaan-cells";
import type { Tree, TreePekerjaan } from "../pekerjaan/tree-ops";
import { TreeGrid } from "../tree-grid";
import { ParametersPanel } from "./parameters-panel";
import { TakeoffPanel, type TakeoffSaveResult } from "./takeoff-panel";
import { formulaFromCell, volumeFromCell, type VolumeParse } from "./volume-input";
import { useVolumePaste } from "./volume-paste";

const TEMPLATE = [...PEKERJAAN_COLUMNS, "11rem", "minmax(12rem,16rem)", "8.5rem"].join(" ");
const VOLUME_COL = 4;
const TAKEOFF_COL = 6;

/** New volumes into the tree: one pekerjaan's from PUT …/volume, or many re-evaluated by a parameter change. */
function withVolumes(tree: Tree, volumes: readonly (VolumeView | ReevaluatedVolume)[]): Tree {
  const byId = new Map(volumes.map((v) => [v.id, v]));
  return {
    klasifikasi: tree.klasifikasi.map((k) => ({
      ...k,
      subKlasifikasi: k.subKlasifikasi.map((s) => ({
        ...s,
        pekerjaan: s.pekerjaan.map((p) => {
          const v = byId.get(p.id);
          if (!v) return p;
          return {
            ...p,
            volume: v.volume,
            volumeFormula: "volumeFormula" in v ? v.volumeFormula : p.volumeFormula,
            takeoff: v.takeoff,
            editVersion: v.editVersion,
          };
        }),
      })),
    })),
  };
}

function findPekerjaan(tree: Tree, id: string): TreePekerjaan | undefined {
  for (const k of tree.klasifikasi) for (const s of k.subKlasifikasi) for (const p of s.pekerjaan) if (p.id === id) return p;
  return undefined;
}

/** A take-off save's 400, its row errors by 0-based row (`takeoff.2.formula` → 2). */
function takeoffErrors(fields: readonly { path: string; message: string }[]): Record<number, string> {
  return Object.fromEntries(
    fields.flatMap((f) => {
      const row = /^takeoff\.(\d+)\./.exec(f.path);
      return row ? [[Number(row[1]), f.message]] : [];
    }),
  );
}

/**
 * Volume: one editable cell per pekerjaan (a number, or "=" and a formula over the project's
 * parameters) and a Rumus column to edit the formula itself. Formula errors from the server
 * (unknown name, division by zero, syntax…) show in the cell. The Back-up column opens a
 * pekerjaan's back-up volume (take-off) list above the grid; a pekerjaan with one shows its sum
 * read-only in the Volume cell (Enter there opens the list too). The parameters panel beside it
 * re-evaluates dependent volumes and take-off rows on the server; their new values land in the grid.
 */
export function VolumeEditor({
  projectId,
  initialTree,
  initialParameters,
}: {
  projectId: string;
  initialTree: Tree;
  initialParameters: ParameterView[];
}) {
  const base = `/api/v1/projects/${projectId}`;
  const tree = useApiData(initialTree, `${base}/tree`);
  const parameters = useApiData(initialParameters, `${base}/parameters`);
  const action = useApiAction();
  const canEdit = useCanEdit();
  const { setData: setTree } = tree;
  const applyVolumes = (volumes: readonly (VolumeView | ReevaluatedVolume)[]) => setTree((t) => withVolumes(t, volumes));
  const paste = useVolumePaste(`${base}/volumes`, action, applyVolumes);
  const [takeoffId, setTakeoffId] = useState<string | null>(null);
  const takeoffOf = takeoffId === null ? undefined : findPekerjaan(tree.data, takeoffId);

  function saveVolume(p: TreePekerjaan, parsed: VolumeParse): Promise<string | null> {
    if (!parsed.ok) return Promise.resolve(parsed.error);
    const json = { ...parsed.body, editVersion: p.editVersion };
    return action.saveCell(
      () => apiFetch<VolumeView>(`${base}/pekerjaan/${p.id}/volume`, { method: "PUT", json, rowVersioned: true }),
      (saved) => applyVolumes([saved]),
      (stale: StaleRow<VolumeView>[]) => applyVolumes(stale.flatMap((row) => row.current ?? [])),
    );
  }

  async function saveTakeoff(p: TreePekerjaan, rows: TakeoffRowInput[]): Promise<TakeoffSaveResult> {
    const json = { takeoff: rows, editVersion: p.editVersion };
    const result = await action.run(
      () => apiFetch<VolumeView>(`${base}/pekerjaan/${p.id}/volume`, { method: "PUT", json, rowVersioned: true }),
      { inline: true },
    );
    if (result.ok) {
      applyVolumes([result.value]);
      return null;
    }
    const stale = staleRows<VolumeView>(result.error);
    if (stale) {
      applyVolumes(stale.flatMap((row) => row.current ?? []));
      return { message: `${result.error.message} Daftar Anda tetap di sini; simpan lagi untuk menimpanya.`, rows: {} };
    }
    return { message: result.error.message, rows: takeoffErrors(result.error.fields) };
  }

  function openTakeoff(p: TreePekerjaan) {
    setTakeoffId(p.id);
    document.getElementById("volume-title")?.scrollIntoView({ block: "start" });
  }

  const openOnEnter = (p: TreePekerjaan) => (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    openTakeoff(p);
  };

  const reloadAll = () => Promise.all([tree.reload(), parameters.reload()]);

  function renderPekerjaan(p: TreePekerjaan, row: number, number: string) {
    const name = p.kode ? `${p.kode} ${p.uraian}` : p.uraian;
    return (
      <>
        <PekerjaanCells row={row} number={number} pekerjaan={p} />
        {p.takeoff.length > 0 ? (
          <>
            <GridCell
              row={row}
              col={VOLUME_COL}
              className="text-right tabular-nums"
              aria-label={`Volume ${name}: ${formatQuantity(p.volume)}, jumlah back-up volume`}
              onKeyDown={openOnEnter(p)}
              onDoubleClick={() => openTakeoff(p)}
            >
              <span className="inline-flex items-center gap-1">
                <PlausibilityMark field="volume" value={p.volume} />
                <span title="Jumlah back-up volume" className="text-xs text-brand-700">
                  Σ
                </span>
                {formatQuantity(p.volume)}
              </span>
            </GridCell>
            <GridCell row={row} col={VOLUME_COL + 1} className="truncate text-slate-600" onKeyDown={openOnEnter(p)}>
              Back-up volume ({formatInteger(p.takeoff.length)} baris)
            </GridCell>
          </>
        ) : (
          <>
            <EditableCell
              row={row}
              col={VOLUME_COL}
              align="right"
              label={`Volume ${name}`}
              display={
                <span className="inline-flex items-center gap-1">
                  <PlausibilityMark field="volume" value={p.volume} />
                  {p.volumeFormula && (
                    <span title="Dihitung dari rumus" className="text-xs text-brand-700">
                      ƒ
                    </span>
                  )}
                  {formatQuantity(p.volume)}
                </span>
              }
              editText={p.volumeFormula ? `=${p.volumeFormula}` : toInputText(p.volume, "volume")}
              placeholder="12,5 atau =p*l"
              onCommit={(text) => saveVolume(p, volumeFromCell(text))}
            />
            <EditableCell
              row={row}
              col={VOLUME_COL + 1}
              label={`Rumus volume ${name}`}
              display={
                p.volumeFormula ? <code className="truncate text-xs">{p.volumeFormula}</code> : <span className="text-slate-300">—</span>
              }
              editText={p.volumeFormula ?? ""}
              placeholder="panjang*lebar*0.15"
              className="truncate"
              onCommit={(text) =>
                text.trim() === "" && !p.volumeFormula ? Promise.resolve(null) : saveVolume(p, formulaFromCell(text, p.volume))
              }
            />
          </>
        )}
        <GridCell row={row} col={TAKEOFF_COL} onKeyDown={openOnEnter(p)}>
          <button
            type="button"
            tabIndex={-1}
            className="rounded px-1 text-sm text-brand-700 underline-offset-2 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600/50"
            aria-label={`Back-up volume ${name}`}
            aria-expanded={takeoffId === p.id}
            onClick={() => openTakeoff(p)}
          >
            {p.takeoff.length > 0 ? `Back-up (${formatInteger(p.takeoff.length)})` : "Back-up"}
          </button>
        </GridCell>
      </>
    );
  }

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="volume-title" className="min-w-0 space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="volume-title" className="text-lg font-semibold">
            Volume pekerjaan
          </h2>
          <ActionStatus action={action} onReload={reloadAll} />
        </div>
        {canEdit && (
          <p id="volume-hint" className="text-sm text-slate-600">
            Ketik angka dengan koma desimal: <code>12,5</code>, <code>2,125</code>, <code>1.234,5</code> (titik = ribuan). Titik dengan
            tepat tiga angka di belakangnya (<code>15.750</code>) ditolak karena bisa berarti 15,75 atau 15.750; ketik <code>15,75</code>{" "}
            atau <code>15750</code>. Atau rumus diawali <code>=</code>, mis. <code>=panjang*lebar*0.15</code>. Enter menyimpan, Esc
            membatalkan. Ctrl+V menempel satu kolom angka ke bawah mulai sel aktif. Back-up membuka daftar perhitungan volume (uraian dan
            rumus per baris) yang jumlahnya menjadi volume.
          </p>
        )}
        {paste.view}
        {takeoffOf && (
          <TakeoffPanel
            key={takeoffOf.id}
            pekerjaan={takeoffOf}
            parameters={parameters.data}
            canEdit={canEdit}
            onSave={(rows) => saveTakeoff(takeoffOf, rows)}
            onClose={() => setTakeoffId(null)}
          />
        )}
        <TreeGrid
          label="Volume pekerjaan"
          klasifikasi={tree.data.klasifikasi}
          template={TEMPLATE}
          minWidth="60rem"
          header={
            <>
              <PekerjaanHeaders />
              <HeaderCell align="right">Volume</HeaderCell>
              <HeaderCell>Rumus</HeaderCell>
              <HeaderCell>Back-up</HeaderCell>
            </>
          }
          renderPekerjaan={renderPekerjaan}
          onGridPaste={
            canEdit
              ? (event, active, below) =>
                  paste.onGridPaste(
                    event,
                    active.col === VOLUME_COL,
                    below.map(({ id, kode, uraian, editVersion, takeoff }) => ({
                      id,
                      editVersion,
                      takeoffOf: takeoff.length > 0 ? (kode ? `${kode} ${uraian}` : uraian) : null,
                    })),
                  )
              : undefined
          }
          empty={<p className="p-6 text-center text-sm text-slate-500">Belum ada pekerjaan. Susun dahulu di List Pekerjaan.</p>}
        />
      </section>
      <ParametersPanel
        projectId={projectId}
        parameters={parameters.data}
        onParameters={parameters.setData}
        onVolumes={applyVolumes}
        action={action}
      />
    </div>
  );
}
