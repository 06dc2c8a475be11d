"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { useCanEdit } from "@/components/ui/can-edit";
import { EditableCell } from "@/components/ui/editable-cell";
import { Notice } from "@/components/ui/notice";
import type { ApiAction } from "@/components/ui/use-api-action";
import { GridCell, HeaderCell, VirtualGrid } from "@/components/ui/virtual-grid";
import { apiFetch } from "@/lib/api/client";
import { formatDecimal, NUMBER_KINDS, parseTyped, toInputText } from "@/lib/format/number";
import type { ParameterUpdate, ParameterView } from "@/lib/parameters/types";
import type { ReevaluatedVolume } from "@/lib/pekerjaan/types";

const readValue = (text: string) => parseTyped(text, "parameter");

interface ParametersPanelProps {
  projectId: string;
  parameters: ParameterView[];
  onParameters: (update: (list: ParameterView[]) => ParameterView[]) => void;
  /** Volumes the server re-evaluated because their formula uses a changed parameter. */
  onVolumes: (volumes: ReevaluatedVolume[]) => void;
  action: ApiAction;
}

/** Named values for volume formulas (panjang, lebar…): add, rename, change, delete. */
export function ParametersPanel({ projectId, parameters, onParameters, onVolumes, action }: ParametersPanelProps) {
  const base = `/api/v1/projects/${projectId}/parameters`;
  const [addError, setAddError] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const canEdit = useCanEdit();

  const replace = (saved: ParameterView) => onParameters((list) => list.map((p) => (p.id === saved.id ? saved : p)).sort(byName));

  function update(p: ParameterView, body: { name?: string; value?: string }) {
    return action.saveCell(
      () => apiFetch<ParameterUpdate>(`${base}/${p.id}`, { method: "PATCH", json: body }),
      (result) => {
        replace(result.parameter);
        onVolumes(result.reevaluated);
      },
    );
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = readValue(String(data.get("value") ?? ""));
    if (!value.ok) return setAddError(value.error);
    setAdding(true);
    const result = await action.run(
      () => apiFetch<ParameterView>(base, { method: "POST", json: { name: String(data.get("name") ?? ""), value: value.value } }),
      { inline: true },
    );
    setAdding(false);
    if (!result.ok) return setAddError(result.error.fields[0]?.message ?? result.error.message);
    setAddError(null);
    onParameters((list) => [...list, result.value].sort(byName));
    form.reset();
    requestAnimationFrame(() => form.querySelector("input")?.focus());
  }

  async function remove(p: ParameterView) {
    if (!window.confirm(`Hapus parameter ${p.name}?`)) return;
    const result = await action.run(() => apiFetch(`${base}/${p.id}`, { method: "DELETE" }), { inline: true });
    setDeleteError(result.ok ? null : result.error.message);
    if (result.ok) onParameters((list) => list.filter((x) => x.id !== p.id));
  }

  return (
    <section aria-labelledby="parameters-title" className="space-y-3">
      <h2 id="parameters-title" className="text-lg font-semibold">
        Parameter
      </h2>
      <p className="text-sm text-slate-600">
        Dipakai dalam rumus volume. Mengubah nilai menghitung ulang semua volume yang memakainya. Nilai dengan koma desimal (
        <code>12,5</code>); <code>2.125</code> ditolak karena bisa berarti 2,125 atau 2.125.
      </p>
      {deleteError && <Notice tone="error">{deleteError}</Notice>}
      <VirtualGrid
        label="Parameter proyek"
        rowCount={parameters.length}
        rowKey={(i) => parameters[i]?.id ?? String(i)}
        template={canEdit ? "minmax(0,1fr) 8rem 2.5rem" : "minmax(0,1fr) 8rem"}
        heightClass="max-h-[50vh]"
        header={
          <>
            <HeaderCell>Nama</HeaderCell>
            <HeaderCell align="right">Nilai</HeaderCell>
            {canEdit && (
              <HeaderCell>
                <span className="sr-only">Hapus</span>
              </HeaderCell>
            )}
          </>
        }
        empty={<p className="p-4 text-center text-sm text-slate-500">Belum ada parameter.</p>}
        renderRow={(row) => {
          const p = parameters[row]!;
          return (
            <>
              <EditableCell
                row={row}
                col={0}
                label={`Nama parameter ${p.name}`}
                display={<code>{p.name}</code>}
                editText={p.name}
                onCommit={(name) => update(p, { name })}
              />
              <EditableCell
                row={row}
                col={1}
                align="right"
                label={`Nilai parameter ${p.name}`}
                display={formatDecimal(p.value, { maxDecimals: NUMBER_KINDS.parameter.decimals })}
                editText={toInputText(p.value, "parameter")}
                onCommit={(text) => {
                  const value = readValue(text);
                  return value.ok ? update(p, { value: value.value }) : Promise.resolve(value.error);
                }}
              />
              {canEdit && (
                <GridCell row={row} col={2} className="text-center">
                  <button
                    type="button"
                    onClick={() => void remove(p)}
                    aria-label={`Hapus parameter ${p.name}`}
                    className="rounded px-1 text-slate-400 hover:text-red-700"
                  >
                    ✕
                  </button>
                </GridCell>
              )}
            </>
          );
        }}
      />
      {canEdit && (
        <form onSubmit={add} className="rounded-lg border border-slate-200 bg-white p-3">
          {/* Disabled while saving: the reset that follows must not wipe what is typed meanwhile. */}
          <fieldset disabled={adding} className="space-y-2">
            <div className="grid grid-cols-[minmax(0,1fr)_7rem] gap-2">
              <input
                name="name"
                required
                aria-label="Nama parameter baru"
                placeholder="mis. panjang"
                className="rounded-md border border-slate-300 px-2 py-1 text-sm"
              />
              <input
                name="value"
                required
                aria-label="Nilai parameter baru"
                placeholder="mis. 12,5"
                inputMode="decimal"
                className="rounded-md border border-slate-300 px-2 py-1 text-right text-sm"
              />
            </div>
            {addError && (
              <p role="alert" className="text-sm text-red-600">
                {addError}
              </p>
            )}
            <Button type="submit" variant="secondary" className="w-full">
              Tambah parameter
            </Button>
          </fieldset>
        </form>
      )}
    </section>
  );
}

function byName(a: ParameterView, b: ParameterView): number {
  return a.name.localeCompare(b.name);
}
