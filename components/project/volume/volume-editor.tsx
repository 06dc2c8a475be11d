"use client";

import { ActionStatus } from "@/components/ui/action-status";
import { useCanEdit } from "@/components/ui/can-edit";
import { EditableCell } from "@/components/ui/editable-cell";
import { useApiAction } from "@/components/ui/use-api-action";
import { PlausibilityMark } from "@/components/ui/plausibility-mark";
import { useApiData } from "@/components/ui/use-api-data";
import { HeaderCell } from "@/components/ui/virtual-grid";
import { apiFetch } from "@/lib/api/client";
import { formatQuantity, toInputText } from "@/lib/format/number";
import type { ParameterView } from "@/lib/parameters/types";
import type { StaleRow } from "@/lib/kernel/edit-version";
import type { ReevaluatedVolume, VolumeView } from "@/lib/pekerjaan/types";
import { PEKERJAAN_COLUMNS, PekerjaanCells, PekerjaanHeaders } from "../pekerjaan-cells";
import type { Tree, TreePekerjaan } from "../pekerjaan/tree-ops";
import { TreeGrid } from "../tree-grid";
import { ParametersPanel } from "./parameters-panel";
import { formulaFromCell, volumeFromCell, type VolumeParse } from "./volume-input";
import { useVolumePaste } from "./volume-paste";

const TEMPLATE = [...PEKERJAAN_COLUMNS, "11rem", "minmax(12rem,16rem)"].join(" ");
const VOLUME_COL = 4;

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
            editVersion: v.editVersion,
          };
        }),
      })),
    })),
  };
}

/**
 * Volume: one editable cell per pekerjaan (a number, or "=" and a formula over the project's
 * parameters) and a Rumus column to edit the formula itself. Formula errors from the server
 * (unknown name, division by zero, syntax…) show in the cell. The parameters panel beside it
 * re-evaluates dependent volumes on the server; their new values land in the grid.
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

  function saveVolume(p: TreePekerjaan, parsed: VolumeParse): Promise<string | null> {
    if (!parsed.ok) return Promise.resolve(parsed.error);
    const json = { ...parsed.body, editVersion: p.editVersion };
    return action.saveCell(
      () => apiFetch<VolumeView>(`${base}/pekerjaan/${p.id}/volume`, { method: "PUT", json, rowVersioned: true }),
      (saved) => applyVolumes([saved]),
      (stale: StaleRow<VolumeView>[]) => applyVolumes(stale.flatMap((row) => row.current ?? [])),
    );
  }

  const reloadAll = () => Promise.all([tree.reload(), parameters.reload()]);

  function renderPekerjaan(p: TreePekerjaan, row: number, number: string) {
    const name = p.kode ? `${p.kode} ${p.uraian}` : p.uraian;
    return (
      <>
        <PekerjaanCells row={row} number={number} pekerjaan={p} />
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
            membatalkan. Ctrl+V menempel satu kolom angka ke bawah mulai sel aktif.
          </p>
        )}
        {paste.view}
        <TreeGrid
          label="Volume pekerjaan"
          klasifikasi={tree.data.klasifikasi}
          template={TEMPLATE}
          minWidth="52rem"
          header={
            <>
              <PekerjaanHeaders />
              <HeaderCell align="right">Volume</HeaderCell>
              <HeaderCell>Rumus</HeaderCell>
            </>
          }
          renderPekerjaan={renderPekerjaan}
          onGridPaste={
            canEdit
              ? (event, active, below) =>
                  paste.onGridPaste(
                    event,
                    active.col === VOLUME_COL,
                    below.map(({ id, editVersion }) => ({ id, editVersion })),
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
